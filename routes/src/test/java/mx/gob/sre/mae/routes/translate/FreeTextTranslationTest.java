package mx.gob.sre.mae.routes.translate;

import static mx.gob.sre.mae.routes.translate.CaseFixture.parse;
import static mx.gob.sre.mae.routes.translate.CaseFixture.pdfText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Set;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;
import org.junit.jupiter.api.Test;

class FreeTextTranslationTest {

  private static final String PENDING = Messages.text(Language.ES, "complaint.freeText.pending");

  private final RegisterSubmissionTranslator register = new RegisterSubmissionTranslator();
  private final ComplaintTranslator complaint = new ComplaintTranslator();

  @Test
  void givesTheSpanishTranslationBesideTheOriginalWithItsProvenance() {
    CaseFixture fixture =
        new CaseFixture()
            .translate("circumstances", CaseFixture.CIRCUMSTANCES_ES)
            .translate("missingPersons[0].description", "Cicatriz en la mano izquierda, suéter rojo");

    JsonObject json = parse(register.toJson(fixture.build(), "CNB", Set.of()));

    JsonObject circumstances = json.getJsonObject("circumstances");
    assertEquals(CaseFixture.CIRCUMSTANCES_EN, circumstances.getString("original"));
    assertEquals("en", circumstances.getString("language"));
    assertFalse(circumstances.containsKey("translationPending"));
    JsonObject spanish = circumstances.getJsonObject("spanish");
    assertEquals(CaseFixture.CIRCUMSTANCES_ES, spanish.getString("text"));
    assertEquals("officer:lax.oficial", spanish.getString("translatedBy"));
    assertEquals("2026-10-03T18:00:00Z", spanish.getString("translatedAt"));
    assertEquals("en", spanish.getString("fromLanguage"));
    JsonObject description = json.getJsonArray("missingPersons").getJsonObject(0).getJsonObject("description");
    assertEquals("Cicatriz en la mano izquierda, suéter rojo", description.getJsonObject("spanish").getString("text"));
  }

  @Test
  void marksTheTranslationPendingWhenThereIsNone() {
    JsonObject json = parse(register.toJson(new CaseFixture().build(), "CNB", Set.of()));

    JsonObject circumstances = json.getJsonObject("circumstances");
    assertEquals(Set.of("original", "language", "translationPending"), circumstances.keySet());
    assertTrue(circumstances.getBoolean("translationPending"));
    assertTrue(
        json.getJsonArray("missingPersons").getJsonObject(0).getJsonObject("description").getBoolean("translationPending"));
  }

  @Test
  void leavesASpanishOriginalAsItIs() {
    CaseFixture fixture = new CaseFixture();
    fixture.language = "es-MX";
    fixture.circumstances = CaseFixture.CIRCUMSTANCES_ES;

    JsonObject circumstances = parse(register.toJson(fixture.build(), "CNB", Set.of())).getJsonObject("circumstances");

    assertEquals(Set.of("original", "language"), circumstances.keySet());
    assertEquals(CaseFixture.CIRCUMSTANCES_ES, circumstances.getString("original"));
  }

  @Test
  void translatesPerpetratorAndWitnessDetailsByTheirOwnFieldPaths() {
    CaseFixture fixture =
        new CaseFixture()
            .translate("allegedPerpetrators[0].details", "Vestía uniforme de policía municipal")
            .translate("witnesses[1].details", "Un taxista vio salir el automóvil");

    JsonObject json = parse(complaint.toJson(fixture.build(), "FGR-UIDPM", Set.of()));

    assertEquals(
        "Vestía uniforme de policía municipal",
        json.getJsonArray("allegedPerpetrators").getJsonObject(0).getJsonObject("details").getJsonObject("spanish")
            .getString("text"));
    assertEquals(
        "Un taxista vio salir el automóvil",
        json.getJsonArray("witnesses").getJsonObject(1).getJsonObject("details").getJsonObject("spanish")
            .getString("text"));
    assertTrue(json.getJsonObject("circumstances").getBoolean("translationPending"));
  }

  @Test
  void pdfShowsTheSpanishTranslationBesideTheOriginal() {
    CaseFixture fixture = new CaseFixture().translate("circumstances", CaseFixture.CIRCUMSTANCES_ES);

    String text = pdfText(complaint.toPdf(fixture.build(), "FGR-UIDPM", Set.of()));

    assertTrue(text.contains(CaseFixture.CIRCUMSTANCES_EN), text);
    assertTrue(text.contains(CaseFixture.CIRCUMSTANCES_ES), text);
    assertTrue(text.contains("Texto original (inglés)"), text);
    assertTrue(
        text.contains("Traducción al español desde inglés (officer:lax.oficial, 2026-10-03 12:00 -06:00)"), text);
  }

  @Test
  void pdfSaysTheTranslationIsPendingWhenThereIsNone() {
    CaseFixture fixture = new CaseFixture().translate("circumstances", CaseFixture.CIRCUMSTANCES_ES);
    fixture.perpetrators.clear();
    fixture.witnesses.clear();

    String text = pdfText(complaint.toPdf(fixture.build(), "FGR-UIDPM", Set.of()));

    assertEquals("Traducción pendiente", PENDING);
    // the description is the only untranslated free text left
    assertEquals(1, text.split(PENDING, -1).length - 1, text);
    assertTrue(text.contains("Scar on her left hand, red sweater"), text);
  }

  @Test
  void pdfShowsASpanishOriginalWithoutAnyTranslationMark() {
    CaseFixture fixture = new CaseFixture();
    fixture.language = "es";
    fixture.circumstances = CaseFixture.CIRCUMSTANCES_ES;

    String text = pdfText(complaint.toPdf(fixture.build(), "FGR-UIDPM", Set.of()));

    assertTrue(text.contains(CaseFixture.CIRCUMSTANCES_ES), text);
    assertFalse(text.contains(PENDING), text);
    assertFalse(text.contains("Texto original"), text);
  }
}
