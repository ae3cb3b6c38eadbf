package mx.gob.sre.mae.gateway.application.pfif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseContent;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseFile;
import mx.gob.sre.mae.gateway.domain.model.cases.Channel;
import mx.gob.sre.mae.gateway.domain.model.cases.Folio;
import mx.gob.sre.mae.gateway.domain.model.cases.ReporterMode;
import mx.gob.sre.mae.routes.pfif.PfifDocument;
import mx.gob.sre.mae.routes.pfif.PfifNote;
import mx.gob.sre.mae.routes.pfif.PfifPerson;
import mx.gob.sre.mae.routes.pfif.PfifReader;
import mx.gob.sre.mae.routes.pfif.PfifWriter;
import org.junit.jupiter.api.Test;

class CasePfifMapperTest {

  static final String CONSULATE = "Consulado General de México en Los Ángeles";
  static final Instant FILED = Instant.parse("2026-10-03T18:30:00Z");
  static final Folio FOLIO = new Folio("MAE-2026-000123");
  private final CasePfifMapper mapper = new CasePfifMapper(new PfifIds("mae.sre.gob.mx"));

  static CaseContent content(ReporterMode mode, String circumstances) {
    var reporter = new CaseContent.Reporter(mode, "Ana Reportante Secreta", "MOTHER", "ana.secreta@example.org", "+13105550199",
        "123 Calle Oculta, Los Angeles", "US");
    var person = new CaseContent.Person("José Luis", "Hernández", "López", "M", LocalDate.of(1998, 4, 12), null, "MX",
        "HELJ980412HVZRPS09", true, 170, null, null, null, null, "Cicatriz en la mano izquierda", LocalDate.of(2026, 10, 2),
        "Coatzacoalcos", "MX-VER");
    var unnamed = new CaseContent.Person(null, null, null, null, null, 30, null, null, false, null, null, null, null, null, null, null,
        null, null);
    return new CaseContent(reporter, List.of(person, unnamed), circumstances,
        List.of(new CaseContent.Party("Comandante Perpetrador", "patrulla 12")), List.of(new CaseContent.Party("Testigo Protegido", "")),
        true);
  }

  static CaseFile caseFile(ReporterMode mode) {
    CaseFile c = CaseFile.open(FOLIO, Channel.API, "LAX", "es", "hash-of-the-access-code", "public", FILED);
    c.recordVersion(content(mode, "Lo detuvieron en un retén; relato confidencial."), "public", "intake", FILED);
    return c;
  }

  @Test
  void eachNamedMissingPersonBecomesAPfifPersonWithOurRecordId() {
    List<PfifPerson> persons = mapper.persons(caseFile(ReporterMode.IDENTIFIED), CONSULATE);

    assertEquals(1, persons.size(), "a person without a name is not a PFIF person");
    PfifPerson p = persons.get(0);
    assertEquals("mae.sre.gob.mx/MAE-2026-000123.1", p.personRecordId());
    assertEquals("José Luis Hernández López", p.fullName());
    assertEquals("José Luis", p.givenName());
    assertEquals("Hernández López", p.familyName());
    assertEquals("male", p.sex());
    assertEquals("1998-04-12", p.dateOfBirth());
    assertNull(p.age(), "the date of birth is given: no age");
    assertEquals("Cicatriz en la mano izquierda; 170 cm", p.description());
    assertEquals(FILED, p.sourceDate());
    assertEquals(CONSULATE, p.authorName());
    assertTrue(p.sourceName().contains(CONSULATE), p.sourceName());
  }

  @Test
  void theFirstNoteSeeksInformationAndSaysWhereThePersonWasLastSeen() {
    PfifNote note = mapper.persons(caseFile(ReporterMode.IDENTIFIED), CONSULATE).get(0).notes().get(0);
    assertEquals("mae.sre.gob.mx/MAE-2026-000123.1.v1", note.noteRecordId());
    assertEquals(PfifNote.Status.INFORMATION_SOUGHT, note.status());
    assertEquals("Coatzacoalcos, MX-VER", note.lastKnownLocation());
    assertEquals(CONSULATE, note.authorName());
    assertTrue(note.text().contains("MAE-2026-000123") && note.text().contains("2026-10-02"), note.text());
    assertTrue(note.text().contains("Reported missing"), "Spanish, then English: " + note.text());
  }

  @Test
  void laterVersionsAreNotesButVersionsMadeFromReceivedPfifRecordsAreNotEchoed() {
    CaseFile c = caseFile(ReporterMode.IDENTIFIED);
    c.recordVersion(content(ReporterMode.IDENTIFIED, "más datos"), "public", "email reply", FILED.plusSeconds(3600));
    c.recordVersion(content(ReporterMode.IDENTIFIED, "registro PFIF"), "admin", CasePfifMapper.IMPORT_REASON, FILED.plusSeconds(7200));

    List<PfifNote> notes = mapper.persons(c, CONSULATE).get(0).notes();
    assertEquals(List.of("mae.sre.gob.mx/MAE-2026-000123.1.v1", "mae.sre.gob.mx/MAE-2026-000123.1.v2"),
        notes.stream().map(PfifNote::noteRecordId).toList());
    assertNull(notes.get(1).status());
    assertNull(notes.get(1).lastKnownLocation(), "the place did not change");
    assertEquals(FILED.plusSeconds(3600), notes.get(1).sourceDate());
  }

  @Test
  void nothingAboutTheReporterNorTheConfidentialAccountLeaves() {
    for (ReporterMode mode : List.of(ReporterMode.WITHHELD, ReporterMode.IDENTIFIED)) {
      String xml = new PfifWriter().toXml(new PfifDocument(mapper.persons(caseFile(mode), CONSULATE), List.of()));
      for (String secret : List.of("Ana Reportante Secreta", "ana.secreta", "+13105550199", "Calle Oculta", "HELJ980412HVZRPS09",
          "retén", "relato confidencial", "Comandante Perpetrador", "Testigo Protegido", "hash-of-the-access-code", "MOTHER")) {
        assertFalse(xml.contains(secret), mode + ": '" + secret + "' must not leave in\n" + xml);
      }
      assertTrue(xml.contains("José Luis Hernández López"), xml);
    }
  }

  @Test
  void theExportIsValidPfifThatReadsBackTheSame() {
    PfifDocument document = new PfifDocument(mapper.persons(caseFile(ReporterMode.WITHHELD), CONSULATE), List.of());
    String xml = new PfifWriter().toXml(document);
    assertEquals(document, new PfifReader().read(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
  }
}
