package mx.gob.sre.mae.gateway.domain.model.cases;

import java.util.List;
import java.util.Optional;

/** Port: where cases are kept. */
public interface CaseRepository {

  /** The next folio serial number; never reused, even if the transaction rolls back. */
  long nextFolioSerial();

  void add(CaseFile caseFile);

  Optional<CaseFile> find(Folio folio);

  /** The consulate's cases, newest first. */
  List<CaseFile> ofConsulate(String consulateCode, int offset, int limit);

  long count();

  /**
   * Cases changed at or after {@code since} (null: all), of one consulate (null: every consulate),
   * least recently changed first, at most {@code limit}.
   */
  List<CaseFile> changedSince(java.time.Instant since, String consulateCode, int limit);
}
