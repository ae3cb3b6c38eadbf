package mx.gob.sre.mae.gateway.application.visa;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What each audience sees of a visa request: the applicant only status, missing documents and
 * offered appointments (no personal data); officers the whole request and its history; supervisors
 * only counts and times.
 */
public final class VisaViews {

  private VisaViews() {}

  /** What the applicant gets once: the reference and the one-time access code. */
  public record Receipt(String reference, String accessCode, Instant appliedAt, String consulate) {}

  /** One checklist item with its label in the reader's language. */
  public record DocumentItem(String type, String label, String state, String stateLabel, String sha256, Instant updatedAt) {}

  /** An offered appointment. */
  public record Slot(long id, Instant startsAt, boolean confirmed) {}

  /** The public status: progress only. */
  public record PublicStatus(
      String reference, String status, String statusLabel, String consulate, String consulateName, Instant appliedAt,
      Instant updatedAt, List<DocumentItem> missingDocuments, List<Slot> slots, String decision, String decisionLabel,
      boolean letterAvailable, BigDecimal fee, String feeWaiverBasis) {}

  /** A line of the officer's list. */
  public record Summary(String reference, String status, String applicantName, String nationality, Instant appliedAt,
      List<String> missingDocuments) {}

  /** One step of the history. */
  public record Step(Instant at, String actor, String action, String detail) {}

  /** A notice to INM or the inviting authority and where it stands. */
  public record Notice(long deliveryId, String recipient, String channel, String status, int attempts, Instant deliveredAt,
      String ackReference, Instant ackedAt) {}

  /** The whole request, for the officers of its consulate. */
  public record Detail(
      String reference, String consulate, String status, String language, Instant appliedAt, String createdBy,
      String applicantName, String nationality, String travelDocumentType, String travelDocumentNumber, LocalDate dateOfBirth,
      String email, String phone, String relationship, String missingPersonName, String relatedFolio,
      String invitationAgency, String invitationReference, String invitationPurpose, LocalDate invitationFrom, LocalDate invitationTo,
      LocalDate travelFrom, LocalDate travelTo, BigDecimal fee, String feeCurrency, String feeWaiverBasis,
      String decision, String decisionReasons, Instant decidedAt, String decidedBy,
      List<DocumentItem> documents, List<Slot> slots, List<Step> history, List<Notice> notices) {}

  /** Requests by consulate and status, and the time from application to a final decision. */
  public record Statistics(Map<String, Map<String, Long>> byConsulateAndStatus, long decided, Double meanHoursToDecision,
      Double medianHoursToDecision, Map<String, Double> medianHoursByConsulate) {}
}
