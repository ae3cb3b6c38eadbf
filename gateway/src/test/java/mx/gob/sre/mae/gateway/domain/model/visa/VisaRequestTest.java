package mx.gob.sre.mae.gateway.domain.model.visa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.gob.sre.mae.gateway.domain.model.cases.StoredFile;
import org.junit.jupiter.api.Test;

/** The rules of a humanitarian visa request: no fee ever, the checklist, and what each status allows. */
class VisaRequestTest {

  static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
  static final StoredFile FILE = new StoredFile("ab/cd", "application/pdf", 1234, "a".repeat(64));

  static VisaApplication application(boolean invited) {
    var applicant = new VisaApplication.Applicant("Rosa Xol", "GT", TravelDocumentType.PASSPORT, "G1234567",
        LocalDate.of(1970, 3, 1), "rosa@example.org", null, "es");
    var invitation = invited
        ? new VisaApplication.Invitation("CNB", "CNB/INV/2026/77", "Búsqueda en Tapachula", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10))
        : null;
    return new VisaApplication(applicant, "MOTHER", "María Xol", invited ? null : "MAE-2026-000001", invitation,
        LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15));
  }

  static VisaRequest request(boolean invited) {
    return VisaRequest.apply(VisaReference.of(2026, 1), "GUA", "hash", application(invited), FeeWaiver.DEFAULT_BASIS, "applicant", NOW);
  }

  @Test
  void theFeeIsAlwaysZeroWithItsLegalBasisRecorded() {
    VisaRequest r = request(false);
    assertEquals(0, BigDecimal.ZERO.compareTo(r.feeAmount()));
    assertEquals("MXN", r.feeCurrency());
    assertTrue(r.feeWaiverBasis().contains("CED/C/MEX/VR/1"), r.feeWaiverBasis());
    assertThrows(IllegalArgumentException.class,
        () -> VisaRequest.apply(VisaReference.of(2026, 2), "GUA", "h", application(false), " ", "applicant", NOW),
        "no request without the basis for waiving the fee");
  }

  @Test
  void theChecklistHasTheInvitationOnlyWhenThereIsOne() {
    assertEquals(List.of(DocumentType.PASSPORT, DocumentType.RELATIONSHIP_PROOF, DocumentType.PHOTO), request(false).missingDocuments());
    assertEquals(List.of(DocumentType.PASSPORT, DocumentType.RELATIONSHIP_PROOF, DocumentType.INVITATION, DocumentType.PHOTO),
        request(true).missingDocuments());
    VisaRequest r = request(false);
    assertFalse(r.needs(DocumentType.INVITATION));
    assertThrows(VisaRequest.NotOnChecklistException.class, () -> r.markSeenAtCounter(DocumentType.INVITATION, "gua.oficial", NOW));
  }

  @Test
  void aRequestRelatesToACaseOrAnInvitation() {
    var a = application(false);
    assertThrows(IllegalArgumentException.class,
        () -> new VisaApplication(a.applicant(), "MOTHER", null, null, null, null, null));
  }

  @Test
  void documentsAppointmentsThenApprovalCloseTheRequest() {
    VisaRequest r = request(false);
    assertEquals(VisaStatus.SUBMITTED, r.status());
    r.upload(DocumentType.PASSPORT, FILE, "passport.pdf", "applicant", NOW);
    r.markSeenAtCounter(DocumentType.RELATIONSHIP_PROOF, "gua.oficial", NOW);
    r.requestDocuments(List.of(DocumentType.PHOTO), "Una foto reciente", "gua.oficial", NOW);
    assertEquals(VisaStatus.DOCUMENTS_REQUESTED, r.status());
    assertEquals(List.of(DocumentType.PHOTO), r.missingDocuments());

    assertThrows(VisaRequest.IncompleteChecklistException.class,
        () -> r.decide(VisaDecision.APPROVED, "Cumple", "gua.oficial", NOW), "no approval with a document missing");

    List<VisaSlot> slots = r.offerSlots(List.of(NOW.plusSeconds(86400), NOW.plusSeconds(2 * 86400)), "gua.oficial", NOW);
    assertEquals(VisaStatus.APPOINTMENT_OFFERED, r.status());
    r.confirm(slots.get(1), "applicant", NOW);
    assertEquals(VisaStatus.APPOINTMENT_CONFIRMED, r.status());
    assertThrows(VisaStateException.class, () -> r.confirm(slots.get(0), "applicant", NOW), "only one appointment is confirmed");

    r.upload(DocumentType.PHOTO, FILE, "photo.jpg", "applicant", NOW);
    assertThrows(VisaStateException.class, () -> r.decide(VisaDecision.APPROVED, " ", "gua.oficial", NOW), "reasons are required");
    assertTrue(r.decide(VisaDecision.APPROVED, "Parentesco acreditado", "gua.oficial", NOW));
    assertEquals(VisaStatus.APPROVED, r.status());
    assertEquals(0, BigDecimal.ZERO.compareTo(r.feeAmount()));

    assertThrows(VisaStateException.class, () -> r.decide(VisaDecision.REFUSED, "Cambio", "gua.oficial", NOW), "a decision is final");
    assertThrows(VisaStateException.class, () -> r.upload(DocumentType.PHOTO, FILE, "x.jpg", "applicant", NOW));
    assertThrows(VisaStateException.class, () -> r.offerSlots(List.of(NOW), "gua.oficial", NOW));
  }

  @Test
  void moreInformationKeepsTheRequestOpenAndRefusalClosesIt() {
    VisaRequest r = request(true);
    assertFalse(r.decide(VisaDecision.MORE_INFO_REQUESTED, "Falta la invitación firmada", "gua.oficial", NOW));
    assertEquals(VisaStatus.MORE_INFO_REQUESTED, r.status());
    assertTrue(r.decide(VisaDecision.REFUSED, "El parentesco no se acreditó", "gua.oficial", NOW), "refusal needs no complete checklist");
    assertEquals(VisaStatus.REFUSED, r.status());
    assertEquals("El parentesco no se acreditó", r.decisionReasons());
  }

  @Test
  void everyStepIsInTheHistory() {
    VisaRequest r = request(false);
    r.upload(DocumentType.PASSPORT, FILE, "p.pdf", "applicant", NOW);
    r.decide(VisaDecision.REFUSED, "Motivo", "gua.oficial", NOW);
    assertEquals(List.of("APPLIED", "DOCUMENT_UPLOADED", "DECIDED_REFUSED"), r.history().stream().map(VisaEvent::action).toList());
    assertTrue(r.history().get(1).detail().contains(FILE.sha256()), "the upload's SHA-256 is kept in the history");
    assertEquals("gua.oficial", r.history().get(2).actor());
  }

  @Test
  void referencesLookLikeVh() {
    assertEquals("VH-2026-000001", VisaReference.of(2026, 1).value());
    assertTrue(VisaReference.isWellFormed(" vh-2026-000001 "));
    assertFalse(VisaReference.isWellFormed("MAE-2026-000001"));
  }
}
