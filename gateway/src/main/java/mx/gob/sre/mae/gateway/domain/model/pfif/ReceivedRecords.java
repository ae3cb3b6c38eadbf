package mx.gob.sre.mae.gateway.domain.model.pfif;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: where records received over PFIF and their matches are kept (append-only). */
public interface ReceivedRecords {

  /** The latest version of a received person, if any. */
  Optional<ReceivedPerson> latestPerson(String recordId);

  /** The latest version of a received note, if any. */
  Optional<ReceivedNote> latestNote(String noteRecordId);

  void add(ReceivedPerson person);

  void add(ReceivedNote note);

  void add(PersonMatch match);

  /** The latest version of every person stored at or after {@code since} (null: all), of one consulate's imports (null: all). */
  List<ReceivedPerson> persons(Instant since, String consulateCode);

  /** The latest version of every note stored at or after {@code since} (null: all), of one consulate's imports (null: all). */
  List<ReceivedNote> notes(Instant since, String consulateCode);

  /** The latest version of every note about one person. */
  List<ReceivedNote> notesAbout(String personRecordId);

  /** The latest decision on a received person added to a case (AUTO_LINK or LINKED), if there is one. */
  Optional<PersonMatch> linkedCase(String personRecordId);

  /** The latest decision about a received person and a case, if any. */
  Optional<PersonMatch> latest(String personRecordId, String folio);

  Optional<PersonMatch> match(long id);

  /** The latest decision of every received person and case of one consulate's cases (null: all), newest first. */
  List<PersonMatch> matches(String consulateCode);
}
