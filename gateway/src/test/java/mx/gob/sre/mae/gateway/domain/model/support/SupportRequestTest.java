package mx.gob.sre.mae.gateway.domain.model.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mx.gob.sre.mae.gateway.domain.model.cases.StoredFile;
import mx.gob.sre.mae.gateway.domain.model.support.SupportEvent.Actor;
import org.junit.jupiter.api.Test;

/** A support request's life: REQUESTED → ASSIGNED → IN_PROGRESS → COMPLETED/UNABLE, derived from its events. */
class SupportRequestTest {

  static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
  static final Actor AGENCY = new Actor("fge.mx-chp", "agency-user");
  static final Actor SUPERVISOR = new Actor("lax.supervisor", "consular-supervisor");
  static final Actor OFFICER = new Actor("lax.oficial", "consular-officer");
  static final StoredFile FILE = new StoredFile("ab/cd", "application/pdf", 1234, "a".repeat(64));

  static SupportRequest request() {
    return SupportRequest.request(SupportReference.of(2026, 123), 7, "MAE-2026-000042", "FGE:MX-CHP", "LAX",
        SupportType.REFERENCE_DNA_SAMPLE, "Muestra de referencia de la madre", NOW.plus(Duration.ofDays(10)), AGENCY, NOW);
  }

  @Test
  void aNewRequestIsRequestedWithItsEventAndReference() {
    SupportRequest r = request();
    assertEquals("SR-2026-000123", r.reference().value());
    assertEquals(SupportStatus.REQUESTED, r.status());
    assertEquals(List.of("REQUESTED"), r.history().stream().map(SupportEvent::action).toList());
    assertEquals("agency-user", r.history().get(0).actorRole());
    assertTrue(r.outcome().isEmpty());
  }

  @Test
  void theFullCycleEndsCompletedWithItsResultsAndSummary() {
    SupportRequest r = request();
    r.assign("lax.oficial", SUPERVISOR, NOW.plusSeconds(60));
    assertEquals(SupportStatus.ASSIGNED, r.status());
    r.recordAction("Muestra tomada en el consulado", OFFICER, NOW.plusSeconds(120));
    assertEquals(SupportStatus.IN_PROGRESS, r.status());
    SupportResultFile f = r.attach(FILE, "custodia.pdf", OFFICER, NOW.plusSeconds(180));
    assertEquals("a".repeat(64), f.sha256());
    assertEquals("lax.oficial", f.uploadedBy());
    r.close(SupportOutcome.COMPLETED, "Muestra enviada", OFFICER, NOW.plusSeconds(240));
    assertEquals(SupportStatus.COMPLETED, r.status());
    assertEquals(SupportOutcome.COMPLETED, r.outcome().orElseThrow());
    assertEquals("Muestra enviada", r.closing().orElseThrow().detail());
    assertTrue(r.history().stream().anyMatch(e -> e.action().equals("RESULT_ATTACHED") && e.detail().contains("sha256=" + "a".repeat(64))));
  }

  @Test
  void aClosedRequestIsNeverChangedAgain() {
    SupportRequest r = request();
    r.assign("lax.oficial", OFFICER, NOW);
    r.close(SupportOutcome.UNABLE, "La familia se mudó sin dejar dirección", OFFICER, NOW);
    assertEquals(SupportStatus.UNABLE, r.status());
    assertThrows(SupportStateException.class, () -> r.assign("lax.supervisor", SUPERVISOR, NOW));
    assertThrows(SupportStateException.class, () -> r.recordAction("x", OFFICER, NOW));
    assertThrows(SupportStateException.class, () -> r.attach(FILE, "x.pdf", OFFICER, NOW));
    assertThrows(SupportStateException.class, () -> r.close(SupportOutcome.COMPLETED, "x", OFFICER, NOW));
    assertEquals(SupportStatus.UNABLE, r.status());
  }

  @Test
  void workNeedsAnAssigneeFirst() {
    SupportRequest r = request();
    assertThrows(SupportStateException.class, () -> r.recordAction("x", OFFICER, NOW));
    assertThrows(SupportStateException.class, () -> r.attach(FILE, "x.pdf", OFFICER, NOW));
    assertThrows(SupportStateException.class, () -> r.close(SupportOutcome.COMPLETED, "x", OFFICER, NOW));
    assertEquals(List.of("REQUESTED"), r.history().stream().map(SupportEvent::action).toList());
  }

  @Test
  void reassigningWorkInProgressKeepsItInProgress() {
    SupportRequest r = request();
    r.assign("lax.oficial", OFFICER, NOW);
    r.recordAction("Cita con la familia", OFFICER, NOW);
    r.assign("lax.supervisor", SUPERVISOR, NOW);
    assertEquals(SupportStatus.IN_PROGRESS, r.status());
    assertEquals("lax.supervisor", r.assignee());
  }

  @Test
  void aDueTimeInThePastOrNoDescriptionIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> SupportRequest.request(SupportReference.of(2026, 1), 7, "MAE-2026-000042",
        "CNB", "LAX", SupportType.OTHER, "x", NOW, AGENCY, NOW));
    assertThrows(IllegalArgumentException.class, () -> SupportRequest.request(SupportReference.of(2026, 1), 7, "MAE-2026-000042",
        "CNB", "LAX", SupportType.OTHER, " ", NOW.plusSeconds(60), AGENCY, NOW));
  }

  @Test
  void anOverdueRequestIsEscalatedOnceAndKeepsItsStatus() {
    SupportRequest r = request();
    Instant late = r.dueAt().plusSeconds(1);
    assertFalse(r.escalate(NOW), "not due yet");
    assertTrue(r.overdue(late));
    assertTrue(r.escalate(late));
    assertFalse(r.escalate(late.plusSeconds(60)), "one escalation per request");
    assertEquals(1, r.history().stream().filter(e -> e.action().equals("ESCALATED")).count());
    assertEquals(SupportStatus.REQUESTED, r.status());
    assertEquals("system", r.history().get(1).actor());
  }

  @Test
  void aClosedRequestIsNotOverdue() {
    SupportRequest r = request();
    r.assign("lax.oficial", OFFICER, NOW);
    r.close(SupportOutcome.COMPLETED, "Hecho", OFFICER, NOW);
    assertFalse(r.overdue(r.dueAt().plusSeconds(1)));
    assertFalse(r.escalate(r.dueAt().plusSeconds(1)));
  }

  @Test
  void theStatusFollowsTheEventsAndStaysClosed() {
    assertEquals(SupportStatus.REQUESTED, SupportStatus.from(List.of("REQUESTED", "ESCALATED")));
    assertEquals(SupportStatus.ASSIGNED, SupportStatus.from(List.of("REQUESTED", "ASSIGNED")));
    assertEquals(SupportStatus.IN_PROGRESS, SupportStatus.from(List.of("REQUESTED", "ASSIGNED", "RESULT_ATTACHED", "ASSIGNED")));
    assertEquals(SupportStatus.COMPLETED, SupportStatus.from(List.of("REQUESTED", "ASSIGNED", "CLOSED_COMPLETED", "ASSIGNED")));
  }

  @Test
  void referencesAreAcceptedAsPeopleTypeThem() {
    assertTrue(SupportReference.isWellFormed(" sr-2026-000123 "));
    assertEquals("SR-2026-000123", SupportReference.parse(" sr-2026-000123 ").value());
    assertFalse(SupportReference.isWellFormed("VH-2026-000123"));
    assertThrows(IllegalArgumentException.class, () -> new SupportReference("MAE-2026-000001"));
  }
}
