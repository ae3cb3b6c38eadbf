package mx.gob.sre.mae.gateway.application.pfif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.gob.sre.mae.gateway.application.matching.PersonRecord;
import mx.gob.sre.mae.gateway.domain.model.pfif.ReceivedPerson;
import mx.gob.sre.mae.routes.pfif.PfifNote;
import mx.gob.sre.mae.routes.pfif.PfifPerson;
import org.junit.jupiter.api.Test;

/** The rules of the import that need no container: our ids, versions of a received record, and the matching probe. */
class PfifImportRulesTest {

  static final Instant T = Instant.parse("2026-10-05T14:20:00Z");
  private final PfifIds ids = new PfifIds("mae.sre.gob.mx");

  static PfifPerson person(String given, String family, String full, String dob, String age, List<PfifNote> notes) {
    return new PfifPerson("busqueda.example.org/person.1", T, null, null, null, null, null, T, null, full, given, family, null, null,
        "female", dob, age, null, null, null, null, null, null, null, null, notes);
  }

  @Test
  void ourRecordIdsNameACaseAndAPosition() {
    var ours = ids.ourPerson("mae.sre.gob.mx/MAE-2026-000123.2").orElseThrow();
    assertEquals("MAE-2026-000123", ours.folio().value());
    assertEquals(2, ours.position());
    assertTrue(ids.isOurs("MAE.SRE.GOB.MX/MAE-2026-000123.1.v1"), "domains are case-insensitive");
    assertFalse(ids.isOurs("busqueda.example.org/MAE-2026-000123.1"));
    assertTrue(ids.ourPerson("mae.sre.gob.mx/MAE-2026-000123.1.v1").isEmpty(), "a note id is not a person");
  }

  @Test
  void aStoredRecordIsSupersededOnlyByANewerEntryDateWithOtherContent() {
    ReceivedPerson stored = new ReceivedPerson("a.org/p", 1, T, T, "Ana", "<pfif/>", "hash-1", T, "admin", "MAE-CENTRAL");
    assertTrue(stored.supersededBy(T.plusSeconds(1), "hash-2"));
    assertFalse(stored.supersededBy(T.plusSeconds(1), "hash-1"), "a re-export with a new entry date but the same content");
    assertFalse(stored.supersededBy(T, "hash-2"), "same entry date");
    assertFalse(stored.supersededBy(T.minusSeconds(60), "hash-2"), "older");
    assertFalse(stored.supersededBy(null, "hash-2"), "undated");
    ReceivedPerson undated = new ReceivedPerson("a.org/p", 1, null, T, "Ana", "<pfif/>", "hash-1", T, "admin", "MAE-CENTRAL");
    assertTrue(undated.supersededBy(T, "hash-2"), "a dated record is newer than an undated one");
  }

  @Test
  void theProbeTakesGivenAndFamilyNamesAndAFullDateOfBirth() {
    PfifNote seen = new PfifNote("b.org/n", "busqueda.example.org/person.1", null, null, "X", null, null, T, null, null, null, null,
        "Tenosique, Tabasco", null, null);
    PersonRecord probe = PfifPersonProbe.of(person("María de los Ángeles", "Xicoténcatl Ruíz", "María de los Ángeles Xicoténcatl Ruíz",
        "2008-02-29", null, List.of(seen)));
    assertEquals("María de los Ángeles", probe.givenNames());
    assertEquals("Xicoténcatl", probe.firstSurname());
    assertEquals("Ruíz", probe.secondSurname());
    assertEquals("F", probe.sex());
    assertEquals(LocalDate.of(2008, 2, 29), probe.dateOfBirth());
    assertEquals("Tenosique, Tabasco", probe.lastSeenPlace());
  }

  @Test
  void withoutGivenAndFamilyNamesTheFullNameIsSplitAndAYearIsAnAge() {
    PersonRecord probe = PfifPersonProbe.of(person(null, null, "Wilmer Otoniel Cú Caal", "1999", "24-26", List.of()));
    assertEquals("Wilmer Otoniel", probe.givenNames());
    assertEquals("Cú", probe.firstSurname());
    assertEquals("Caal", probe.secondSurname());
    assertNull(probe.dateOfBirth(), "a year alone is not a date of birth");
    assertEquals(24, probe.approximateAge());
    assertEquals(2026, probe.referenceYear());
  }
}
