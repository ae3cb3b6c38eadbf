package mx.gob.sre.mae.gateway.application.pfif;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mx.gob.sre.mae.gateway.domain.model.pfif.ReceivedNote;
import mx.gob.sre.mae.gateway.domain.model.pfif.ReceivedRecords;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;
import mx.gob.sre.mae.routes.pfif.PfifNote;
import mx.gob.sre.mae.routes.pfif.PfifPerson;

/**
 * How a received PFIF record reads in a case's account, in Spanish (the language of the case's
 * recipients): marked as coming from another repository and unverified, with its id and source so
 * anyone can trace it; the notes' own text as written.
 */
final class PfifTexts {

  private PfifTexts() {}

  static String person(PfifPerson p, double score, boolean updated) {
    String details = Stream.of(p.dateOfBirth() == null ? null : "nac. " + p.dateOfBirth(), p.age() == null ? null : p.age() + " años",
            p.sex(), place(p), p.description())
        .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining("; "));
    return Messages.text(Language.ES, updated ? "pfif.addition.personUpdated" : "pfif.addition.person",
        String.format(Locale.ROOT, "%.2f", score), p.personRecordId(), p.sourceName() == null ? p.personRecordId().split("/")[0] : p.sourceName(),
        p.fullName(), details.isEmpty() ? "—" : details);
  }

  static String note(PfifNote n) {
    String status = n.status() == null ? "—" : Messages.text(Language.ES, "pfif.status." + n.status().code());
    String where = n.lastKnownLocation() == null ? "—" : n.lastKnownLocation();
    return Messages.text(Language.ES, "pfif.addition.note", n.noteRecordId(), n.authorName(), n.sourceDate().toString(), status, where,
        n.text() == null ? "" : n.text());
  }

  /** A received person as stored, and every note stored about it (their ids go to {@code covered}). */
  static String personWithNotes(ReceivedRecords received, String personRecordId, double score, Set<String> covered) {
    PfifPerson p = PfifExport.parse(received.latestPerson(personRecordId).orElseThrow().content()).persons().get(0);
    StringBuilder text = new StringBuilder(person(p, score, false));
    for (ReceivedNote stored : received.notesAbout(personRecordId)) {
      text.append("\n\n").append(note(PfifExport.parse(stored.content()).notes().get(0)));
      covered.add(stored.noteRecordId());
    }
    return text.toString();
  }

  private static String place(PfifPerson p) {
    String place = Stream.of(p.homeCity(), p.homeState(), p.homeCountry()).filter(s -> s != null && !s.isBlank())
        .collect(Collectors.joining(", "));
    return place.isEmpty() ? null : place;
  }
}
