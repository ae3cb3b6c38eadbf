package mx.gob.sre.mae.routes.routing;

import static mx.gob.sre.mae.routes.routing.CaseBuilder.aCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.gob.sre.mae.routes.canonical.CanonicalCase;
import mx.gob.sre.mae.routes.canonical.CanonicalJson;
import org.junit.jupiter.api.Test;

/** Rule R6: a confirmed death or human remains notified by a foreign authority also goes to the forensic services. */
class AuthorityNoticeRoutingTest {

  static final LocalDate TODAY = LocalDate.of(2026, 10, 20);
  private final RoutingTable table = RoutingTable.load();

  static CanonicalCase withNotice(CanonicalCase c, String type) {
    CanonicalCase.AuthorityNotice notice = new CanonicalCase.AuthorityNotice("AN-2026-000001", type, LocalDate.of(2026, 10, 18),
        "Otay Mesa", "US", "San Diego County Medical Examiner", "US", "MEDICAL_EXAMINER", "Morgue", "+16195550100", "Found.",
        "lax.oficial", Instant.parse("2026-10-19T10:00:00Z"));
    return new CanonicalCase(c.schemaVersion(), c.folio(), 2, c.channel(), c.consulate(), c.language(), c.recordedAt(), c.reporter(),
        c.missingPersons(), c.circumstances(), c.publicOfficialInvolvementSuspected(), c.allegedPerpetrators(), c.witnesses(),
        c.attachments(), c.spanishTranslations(), List.of(notice));
  }

  @Test
  void aDeathOrRemainsGoesToTheForensicServicesBesideTheUsualRecipients() {
    for (String type : List.of("DECEASED", "REMAINS_FOUND")) {
      RoutingDecision decision = table.decide(withNotice(aCase().build(), type), TODAY);
      assertEquals(List.of("CNB", "CLB:MX-VER", "FGR:FORENSIC", "FGE:MX-VER"), decision.recipients(), type);
      assertTrue(decision.matchedRuleIds().contains("R6"));
    }
  }

  @Test
  void aPersonFoundAliveChangesNoRecipient() {
    for (String type : List.of("LOCATED_ALIVE", "DETAINED", "HOSPITALIZED", "MIGRATION_ENCOUNTER")) {
      CanonicalCase c = withNotice(aCase().build(), type);
      assertEquals(table.decide(aCase().build(), TODAY).recipients(), table.decide(c, TODAY).recipients(), type);
      assertTrue(Fact.of(c, TODAY).contains(Fact.PERSON_LOCATED_ALIVE));
      assertFalse(Fact.of(c, TODAY).contains(Fact.PERSON_DECEASED));
    }
    assertFalse(table.decide(aCase().build(), TODAY).recipients().contains("FGR:FORENSIC"), "no notice, no forensic services");
  }

  @Test
  void theNoticeSurvivesTheOutboxAndAMessageFromBeforeNoticesReadsAsHavingNone() {
    CanonicalCase c = withNotice(aCase().build(), "DECEASED");
    CanonicalCase back = CanonicalJson.fromJson(CanonicalJson.toJson(c));
    assertEquals(c.authorityNotices(), back.authorityNotices());
    String old = CanonicalJson.toJson(aCase().build()).replace(",\"authorityNotices\":[]", "");
    assertFalse(old.contains("authorityNotices"), old);
    assertEquals(List.of(), CanonicalJson.fromJson(old).authorityNotices());
  }
}
