package mx.gob.sre.mae.gateway.application.matching;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseContent;
import mx.gob.sre.mae.gateway.domain.model.cases.Folio;

/** The missing persons of a case version as the matching engine sees them, with stable index ids. */
public final class ReportedPersons {

  private ReportedPersons() {}

  /** One record per named missing person; the index id is derived from the folio and the person's position. */
  public static List<PersonRecord> of(Folio folio, CaseContent content, java.time.Instant reportedAt) {
    List<PersonRecord> records = new ArrayList<>();
    List<CaseContent.Person> persons = content.missingPersons();
    for (int i = 0; i < persons.size(); i++) {
      CaseContent.Person p = persons.get(i);
      if (p.fullName().isBlank()) {
        continue;
      }
      records.add(new PersonRecord(personId(folio, i), folio.value(), p.givenNames(), p.firstSurname(), p.secondSurname(), p.sex(),
          p.dateOfBirth(), p.approximateAge(), reportedAt.atZone(ZoneOffset.UTC).getYear(), p.curp(), null, null, p.nationality(),
          p.lastSeenState(), p.lastSeenPlace(), p.lastSeenDate()));
    }
    return records;
  }

  /** A stable id per folio and position: the folio's year and serial, times 16, plus the position. */
  public static long personId(Folio folio, int position) {
    String digits = folio.value().replaceAll("\\D", "");
    return Long.parseLong(digits) * 16 + Math.min(position, 15);
  }
}
