package mx.gob.sre.mae.routes.translate;

import static mx.gob.sre.mae.routes.translate.CaseFixture.parse;
import static mx.gob.sre.mae.routes.translate.CaseFixture.pdfText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import mx.gob.sre.mae.routes.canonical.CanonicalCase;
import mx.gob.sre.mae.routes.canonical.CanonicalCase.Reporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReporterDisclosureTest {

  /** Identity fields that must never leave the consulate when the identity is withheld. */
  private static final List<String> SECRETS =
      List.of("Rosa Delgado Ibarra", "rosa.delgado@example.org", "+50255551234", "4a Calle 7-20, Zona 1, Quetzaltenango");

  private final RegisterSubmissionTranslator register = new RegisterSubmissionTranslator();
  private final ComplaintTranslator complaint = new ComplaintTranslator();

  /** A canonical record built directly with identity fields it should never carry in this mode. */
  private static CanonicalCase withStrayIdentity(String mode) {
    CaseFixture fixture = new CaseFixture();
    fixture.reporter = new Reporter(mode, SECRETS.get(0), "SISTER", SECRETS.get(1), SECRETS.get(2), SECRETS.get(3), "GT");
    return fixture.build();
  }

  private List<String> allOutputs(CanonicalCase c) {
    return List.of(
        register.toJson(c, "CNB", Set.of("ALBA")),
        complaint.toJson(c, "FGR-UIDPM", Set.of("ALBA")),
        pdfText(complaint.toPdf(c, "FGR-UIDPM", Set.of("ALBA"))));
  }

  @Test
  void identifiedReporterIsSentInFullInBothJsonFormatsAndThePdf() {
    CanonicalCase c = new CaseFixture().build();

    for (String json : List.of(register.toJson(c, "CNB", Set.of()), complaint.toJson(c, "FGR-UIDPM", Set.of()))) {
      JsonObject reporter = parse(json).getJsonObject("reporter");
      assertEquals("Ana Pérez Gómez", reporter.getString("name"));
      assertEquals("MOTHER", reporter.getJsonObject("relationship").getString("code"));
      assertEquals("ana@example.org", reporter.getString("email"));
      assertEquals("+13105550100", reporter.getString("phone"));
      assertEquals("123 Main St, Los Ángeles, CA", reporter.getString("address"));
      assertEquals("US", reporter.getJsonObject("country").getString("code"));
      assertFalse(reporter.containsKey("identityWithheld"));
      assertFalse(reporter.containsKey("anonymous"));
    }
    String pdf = pdfText(complaint.toPdf(c, "FGR-UIDPM", Set.of()));
    assertTrue(pdf.contains("Nombre Ana Pérez Gómez"), pdf);
    assertTrue(pdf.contains("Relación con la persona desaparecida Madre"), pdf);
    assertTrue(pdf.contains("ana@example.org"), pdf);
    assertTrue(pdf.contains("123 Main St, Los Ángeles, CA"), pdf);
    assertTrue(pdf.contains("Estados Unidos (US)"), pdf);
  }

  @Test
  void withheldReporterIsOnlyANoteAndTheConsulateToContactThrough() {
    CaseFixture fixture = new CaseFixture();
    fixture.reporter = Reporter.withoutIdentity("WITHHELD");
    CanonicalCase c = fixture.build();

    for (String json : List.of(register.toJson(c, "CNB", Set.of()), complaint.toJson(c, "FGR-UIDPM", Set.of()))) {
      JsonObject reporter = parse(json).getJsonObject("reporter");
      assertEquals(Set.of("identityWithheld", "note", "contactThrough"), reporter.keySet());
      assertTrue(reporter.getBoolean("identityWithheld"));
      assertEquals("Identidad reservada por el consulado", reporter.getString("note"));
      assertEquals("consulate LAX", reporter.getString("contactThrough"));
    }
    String pdf = pdfText(complaint.toPdf(c, "FGR-UIDPM", Set.of()));
    assertTrue(pdf.contains("Identidad reservada por el consulado"), pdf);
    assertTrue(pdf.contains("a través del consulado LAX"), pdf);
  }

  @Test
  void withheldIdentityAppearsInNoOutputEvenWhenTheCanonicalRecordCarriesIt() {
    CanonicalCase c = withStrayIdentity("WITHHELD");

    for (String output : allOutputs(c)) {
      for (String secret : SECRETS) {
        assertFalse(output.contains(secret), "leaked '" + secret + "' in: " + output);
      }
      assertFalse(output.contains("SISTER"), output);
      assertFalse(output.contains("Hermana"), output);
      assertTrue(output.contains("Identidad reservada por el consulado"), output);
    }
    JsonObject reporter = parse(register.toJson(c, "CNB", Set.of())).getJsonObject("reporter");
    assertEquals(Set.of("identityWithheld", "note", "contactThrough"), reporter.keySet());
  }

  @Test
  void anonymousReporterIsOnlyMarkedAnonymousEvenWhenTheRecordCarriesAnIdentity() {
    CanonicalCase c = withStrayIdentity("ANONYMOUS");

    for (String json : List.of(register.toJson(c, "CNB", Set.of()), complaint.toJson(c, "FGR-UIDPM", Set.of()))) {
      JsonObject reporter = parse(json).getJsonObject("reporter");
      assertEquals(Set.of("anonymous"), reporter.keySet());
      assertTrue(reporter.getBoolean("anonymous"));
    }
    for (String output : allOutputs(c)) {
      for (String secret : SECRETS) {
        assertFalse(output.contains(secret), "leaked '" + secret + "' in: " + output);
      }
    }
    assertTrue(pdfText(complaint.toPdf(c, "FGR-UIDPM", Set.of())).contains("Reporte anónimo"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "identified", "CONFIDENTIAL"})
  void aMissingOrUnknownModeDisclosesNothing(String mode) {
    CanonicalCase c = withStrayIdentity(mode);

    for (String output : allOutputs(c)) {
      for (String secret : SECRETS) {
        assertFalse(output.contains(secret), "leaked '" + secret + "' in: " + output);
      }
    }
    JsonObject reporter = parse(complaint.toJson(c, "FGR-UIDPM", Set.of())).getJsonObject("reporter");
    assertTrue(reporter.getBoolean("identityWithheld"));
  }
}
