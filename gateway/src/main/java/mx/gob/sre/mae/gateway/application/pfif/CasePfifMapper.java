package mx.gob.sre.mae.gateway.application.pfif;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseContent;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseFile;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseStatus;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseVersion;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;
import mx.gob.sre.mae.routes.pfif.PfifNote;
import mx.gob.sre.mae.routes.pfif.PfifPerson;

/**
 * A case as other person-finding repositories may see it: each named missing person as a PFIF
 * person, with notes for the report (information sought, where last seen), each later version of the
 * case and a located status. PFIF repositories are public and syndicate what they get, so only what a
 * search needs leaves, and always in the consulate's name:
 * <ul>
 *   <li>the author is the consulate, never the family: no reporter name, email, phone or address, whatever
 *       the reporter chose (identity withheld or not), so contact goes through the consulate;</li>
 *   <li>never the account of what happened, alleged perpetrators, witnesses, suspected official
 *       involvement, the CURP, attachments, translations, the access code, routing or acknowledgements;</li>
 *   <li>a version made from a PFIF record we received is not echoed back as a note of ours (the received
 *       record is exported under its own id).</li>
 * </ul>
 */
public final class CasePfifMapper {

  /** Reasons of the versions the PFIF import records on a case. */
  public static final String IMPORT_REASON = "pfif import";

  private final PfifIds ids;

  public CasePfifMapper(PfifIds ids) {
    this.ids = ids;
  }

  /** The case's missing persons with their notes, in the order of the case's current version. */
  public List<PfifPerson> persons(CaseFile c, String consulateName) {
    List<PfifPerson> out = new ArrayList<>();
    List<CaseContent.Person> persons = c.current().content().missingPersons();
    for (int i = 0; i < persons.size(); i++) {
      CaseContent.Person p = persons.get(i);
      if (p.fullName().isBlank()) {
        continue;
      }
      int position = i + 1;
      out.add(new PfifPerson(ids.person(c.folio(), position), c.updatedAt(), null, consulateName, null, null,
          Messages.text(Language.ES, "pfif.source", consulateName), c.createdAt(), null, p.fullName(), blankToNull(p.givenNames()),
          blankToNull(join(" ", p.firstSurname(), p.secondSurname())), null, description(p), sex(p.sex()),
          p.dateOfBirth() == null ? null : p.dateOfBirth().toString(),
          p.dateOfBirth() == null && p.approximateAge() != null ? p.approximateAge().toString() : null,
          null, null, null, null, null, null, null, null, notes(c, i, consulateName)));
    }
    return out;
  }

  private List<PfifNote> notes(CaseFile c, int index, String consulateName) {
    List<PfifNote> notes = new ArrayList<>();
    String person = ids.person(c.folio(), index + 1);
    String lastPlace = null;
    for (CaseVersion v : c.versions()) {
      List<CaseContent.Person> persons = v.content().missingPersons();
      if (v.reason() != null && v.reason().startsWith(IMPORT_REASON) || index >= persons.size()) {
        continue;
      }
      CaseContent.Person p = persons.get(index);
      String place = lastKnownLocation(p);
      boolean first = notes.isEmpty();
      String text = first
          ? bilingual("pfif.note.reported", consulateName, c.folio().value(), p.lastSeenDate() == null ? "—" : p.lastSeenDate().toString())
          : bilingual("pfif.note.updated", consulateName, String.valueOf(v.number()));
      notes.add(new PfifNote(ids.note(c.folio(), index + 1, "v" + v.number()), person, null, v.recordedAt(), consulateName, null, null,
          v.recordedAt(), null, first ? PfifNote.Status.INFORMATION_SOUGHT : null, null, null,
          first || !Objects.equals(place, lastPlace) ? place : null, text, null));
      lastPlace = place;
    }
    if (c.status() == CaseStatus.LOCATED) {
      notes.add(new PfifNote(ids.note(c.folio(), index + 1, "located"), person, null, c.updatedAt(), consulateName, null, null,
          c.updatedAt(), null, null, null, null, null, bilingual("pfif.note.located", consulateName), null));
    }
    return notes;
  }

  /** Spanish, the language of the case's authorities, then English for repositories abroad. */
  static String bilingual(String key, Object... args) {
    return Messages.text(Language.ES, key, args) + "\n\n" + Messages.text(Language.EN, key, args);
  }

  static String sex(String code) {
    if (code == null) {
      return null;
    }
    return switch (code) {
      case "M" -> "male";
      case "F" -> "female";
      case "X" -> "other";
      default -> null;
    };
  }

  private static String description(CaseContent.Person p) {
    String height = p.heightCm() == null ? null : p.heightCm() + " cm";
    return blankToNull(join("; ", p.description(), height));
  }

  private static String lastKnownLocation(CaseContent.Person p) {
    return blankToNull(join(", ", p.lastSeenPlace(), p.lastSeenState()));
  }

  private static String join(String separator, String... parts) {
    return Stream.of(parts).filter(s -> s != null && !s.isBlank()).map(String::strip).collect(Collectors.joining(separator));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
