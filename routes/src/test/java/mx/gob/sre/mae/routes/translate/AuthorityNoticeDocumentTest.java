package mx.gob.sre.mae.routes.translate;

import static mx.gob.sre.mae.routes.translate.CaseFixture.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import mx.gob.sre.mae.routes.canonical.CanonicalCase;
import org.junit.jupiter.api.Test;

/** Both outbound documents carry the confirmed foreign-authority notices, coded with their Spanish labels. */
class AuthorityNoticeDocumentTest {

  static CanonicalCase withNotice(CanonicalCase c) {
    CanonicalCase.AuthorityNotice notice = new CanonicalCase.AuthorityNotice("AN-2026-000009", "DECEASED", LocalDate.of(2026, 10, 18),
        "Otay Mesa", "US", "San Diego County Medical Examiner", "US", "MEDICAL_EXAMINER", "County Morgue", "+16195550100",
        "Found near the fence.", "lax.oficial", Instant.parse("2026-10-19T10:00:00Z"));
    return new CanonicalCase(c.schemaVersion(), c.folio(), c.version(), c.channel(), c.consulate(), c.language(), c.recordedAt(),
        c.reporter(), c.missingPersons(), c.circumstances(), c.publicOfficialInvolvementSuspected(), c.allegedPerpetrators(),
        c.witnesses(), c.attachments(), c.spanishTranslations(), List.of(notice));
  }

  @Test
  void registerSubmissionAndComplaintCarryTheNotice() {
    CanonicalCase c = withNotice(new CaseFixture().build());
    for (String json : List.of(new RegisterSubmissionTranslator().toJson(c, "CNB", Set.of()),
        new ComplaintTranslator().toJson(c, "FGR:FORENSIC", Set.of()))) {
      JsonObject notice = parse(json).getJsonArray("authorityNotifications").getJsonObject(0);
      assertEquals("DECEASED", notice.getJsonObject("type").getString("code"));
      assertEquals("Fallecida", notice.getJsonObject("type").getString("label"));
      assertEquals("2026-10-18", notice.getString("eventDate"));
      assertEquals("San Diego County Medical Examiner", notice.getJsonObject("authority").getString("name"));
      assertEquals("County Morgue", notice.getString("facility"));
      assertEquals("lax.oficial", notice.getString("confirmedBy"));
    }
  }

  @Test
  void theComplaintPdfHasASectionForThem() {
    String text = CaseFixture.pdfText(new ComplaintTranslator().toPdf(withNotice(new CaseFixture().build()), "FGR:FORENSIC", Set.of()));
    assertTrue(text.contains("Notificaciones de autoridades extranjeras"), text);
    assertTrue(text.contains("Fallecida · AN-2026-000009"), text);
    assertTrue(text.contains("County Morgue · +16195550100"), text);
    assertFalse(CaseFixture.pdfText(new ComplaintTranslator().toPdf(new CaseFixture().build(), "FGR:UIDPM", Set.of()))
        .contains("Notificaciones de autoridades extranjeras"));
  }

  @Test
  void aCaseWithoutNoticesHasNoSection() {
    assertFalse(parse(new RegisterSubmissionTranslator().toJson(new CaseFixture().build(), "CNB", Set.of()))
        .containsKey("authorityNotifications"));
  }
}
