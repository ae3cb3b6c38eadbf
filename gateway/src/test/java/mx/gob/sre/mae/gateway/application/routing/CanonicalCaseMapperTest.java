package mx.gob.sre.mae.gateway.application.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseContent;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseVersionRecorded;
import mx.gob.sre.mae.gateway.domain.model.cases.Channel;
import mx.gob.sre.mae.gateway.domain.model.cases.Folio;
import mx.gob.sre.mae.gateway.domain.model.cases.ReporterMode;
import mx.gob.sre.mae.routes.canonical.CanonicalCase;
import org.junit.jupiter.api.Test;

class CanonicalCaseMapperTest {

  private static final Instant RECORDED_AT = Instant.parse("2026-10-03T17:45:12Z");
  private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private static final CaseContent.Person JOSE = new CaseContent.Person(
      "José Luis", "Hernández", "López", "M", LocalDate.of(1998, 4, 12), 28, "MX", "HELJ980412HVZRPS09", true,
      170, "SLIM", "MEDIUM", "DARK_BROWN", "BLACK", "1.70 m, scar on left hand", LocalDate.of(2026, 10, 2),
      "Coatzacoalcos", "MX-VER");

  private static final CaseContent.Person MARIA = new CaseContent.Person(
      "María", null, null, "F", null, null, null, null, false, null, null, null, null, null, null, null, null, null);

  private static CaseContent.Reporter reporter(ReporterMode mode) {
    return new CaseContent.Reporter(
        mode, "Ana Pérez", "MOTHER", "ana@example.org", "+13105550100", "123 Main St, Los Angeles, CA", "US");
  }

  private static CaseVersionRecorded event(CaseContent.Reporter reporter) {
    CaseContent content = new CaseContent(
        reporter,
        List.of(JOSE, MARIA),
        "He called from a bus station and has not answered since.",
        List.of(new CaseContent.Party("El Güero", "drove a white pick-up")),
        List.of(new CaseContent.Party(null, "the ticket seller")),
        true);
    return new CaseVersionRecorded(
        Folio.of(2026, 123), 2, Channel.WALK_IN, "LAX", "es", RECORDED_AT, content,
        List.of(
            new CaseVersionRecorded.StoredAttachment("photo.jpg", "image/jpeg", 2048, SHA),
            new CaseVersionRecorded.StoredAttachment("acta.pdf", "application/pdf", 4096, "ab".repeat(32))),
        java.util.Map.of("circumstances", new mx.gob.sre.mae.gateway.domain.model.cases.Translation(
            "circumstances", "Llamó desde una central de autobuses.", "officer:lax.oficial", RECORDED_AT, "en")));
  }

  @Test
  void spanishTranslationsTravelWithTheirProvenance() {
    CanonicalCase c = CanonicalCaseMapper.toCanonical(event(reporter(ReporterMode.IDENTIFIED)));
    CanonicalCase.Translation t = c.spanishOf("circumstances").orElseThrow();
    assertEquals("Llamó desde una central de autobuses.", t.text());
    assertEquals("officer:lax.oficial", t.translatedBy());
    assertEquals("en", t.fromLanguage());
  }

  @Test
  void withheldReporterLeavesNoIdentity() {
    CanonicalCase.Reporter r = CanonicalCaseMapper.toCanonical(event(reporter(ReporterMode.WITHHELD))).reporter();

    assertEquals("WITHHELD", r.mode());
    assertIdentityAbsent(r);
  }

  @Test
  void anonymousReporterLeavesNoIdentity() {
    CanonicalCase.Reporter r = CanonicalCaseMapper.toCanonical(event(CaseContent.Reporter.anonymous())).reporter();

    assertEquals("ANONYMOUS", r.mode());
    assertIdentityAbsent(r);
  }

  @Test
  void anonymousReporterLeavesNoRelationshipOrCountryEvenIfTheContentHadThem() {
    // the content's own check covers name and contact only, so this is a legal value
    CaseContent.Reporter anonymous =
        new CaseContent.Reporter(ReporterMode.ANONYMOUS, null, "MOTHER", null, null, null, "US");

    CanonicalCase.Reporter r = CanonicalCaseMapper.toCanonical(event(anonymous)).reporter();

    assertEquals("ANONYMOUS", r.mode());
    assertIdentityAbsent(r);
  }

  @Test
  void identifiedReporterIsCarried() {
    CanonicalCase.Reporter r = CanonicalCaseMapper.toCanonical(event(reporter(ReporterMode.IDENTIFIED))).reporter();

    assertEquals(
        new CanonicalCase.Reporter(
            "IDENTIFIED", "Ana Pérez", "MOTHER", "ana@example.org", "+13105550100", "123 Main St, Los Angeles, CA", "US"),
        r);
  }

  @Test
  void withheldIdentityAppearsNowhereInTheMessage() {
    CanonicalCase c = CanonicalCaseMapper.toCanonical(event(reporter(ReporterMode.WITHHELD)));

    String text = c.toString();
    for (String identity : List.of("Ana Pérez", "ana@example.org", "+13105550100", "123 Main St")) {
      assertFalse(text.contains(identity), identity + " leaked: " + text);
    }
  }

  @Test
  void mapsHeaderFields() {
    CanonicalCase c = CanonicalCaseMapper.toCanonical(event(reporter(ReporterMode.IDENTIFIED)));

    assertEquals(CanonicalCase.SCHEMA_VERSION, c.schemaVersion());
    assertEquals("MAE-2026-000123", c.folio());
    assertEquals(2, c.version());
    assertEquals("WALK_IN", c.channel());
    assertEquals("LAX", c.consulate());
    assertEquals("es", c.language());
    assertEquals(RECORDED_AT, c.recordedAt());
    assertEquals("He called from a bus station and has not answered since.", c.circumstances());
    assertTrue(c.publicOfficialInvolvementSuspected());
  }

  @Test
  void mapsEveryMissingPersonInOrder() {
    CanonicalCase c = CanonicalCaseMapper.toCanonical(event(reporter(ReporterMode.WITHHELD)));

    assertEquals(
        List.of(
            new CanonicalCase.MissingPerson(
                "José Luis", "Hernández", "López", "M", LocalDate.of(1998, 4, 12), 28, "MX", "HELJ980412HVZRPS09", true,
                LocalDate.of(2026, 10, 2), "Coatzacoalcos", "MX-VER", "1.70 m, scar on left hand"),
            new CanonicalCase.MissingPerson(
                "María", null, null, "F", null, null, null, null, false, null, null, null, null)),
        c.missingPersons());
  }

  @Test
  void mapsPartiesAndAttachments() {
    CanonicalCase c = CanonicalCaseMapper.toCanonical(event(reporter(ReporterMode.IDENTIFIED)));

    assertEquals(List.of(new CanonicalCase.Party("El Güero", "drove a white pick-up")), c.allegedPerpetrators());
    assertEquals(List.of(new CanonicalCase.Party(null, "the ticket seller")), c.witnesses());
    assertEquals(
        List.of(
            new CanonicalCase.AttachmentRef("photo.jpg", "image/jpeg", 2048, SHA),
            new CanonicalCase.AttachmentRef("acta.pdf", "application/pdf", 4096, "ab".repeat(32))),
        c.attachments());
  }

  @Test
  void aConfirmedAuthorityNoticeTravelsWithTheVersion() {
    CaseVersionRecorded plain = event(reporter(ReporterMode.IDENTIFIED));
    mx.gob.sre.mae.gateway.domain.model.cases.AuthorityNotice notice = new mx.gob.sre.mae.gateway.domain.model.cases.AuthorityNotice(
        "AN-2026-000003", "DETAINED", java.time.LocalDate.of(2026, 10, 18), "Otay Mesa", "US", "San Diego Sheriff", "US", "DETENTION",
        "Otay Mesa Detention Center", "+16195550100", "Held for an immigration hearing.", "lax.oficial", RECORDED_AT);
    CaseVersionRecorded withNotice = new CaseVersionRecorded(plain.folio(), plain.version(), plain.channel(), plain.consulateCode(),
        plain.originalLanguage(), plain.recordedAt(), plain.content(), plain.attachments(), plain.translations(), List.of(notice));
    CanonicalCase.AuthorityNotice n = CanonicalCaseMapper.toCanonical(withNotice).authorityNotices().get(0);
    assertEquals("DETAINED", n.type());
    assertEquals("Otay Mesa Detention Center", n.facilityName());
    assertEquals("lax.oficial", n.confirmedBy());
    assertEquals(List.of(), CanonicalCaseMapper.toCanonical(plain).authorityNotices());
  }

  private static void assertIdentityAbsent(CanonicalCase.Reporter r) {
    assertNull(r.name(), "name");
    assertNull(r.email(), "email");
    assertNull(r.phone(), "phone");
    assertNull(r.address(), "address");
    assertNull(r.relationship(), "relationship");
    assertNull(r.country(), "country");
  }
}
