package mx.gob.sre.mae.routes.canonical;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The notice of a decision on a humanitarian visa request, as the National Institute of Migration
 * (INM) and an inviting authority receive it: stored in the outbox as JSON and delivered unchanged.
 * Codes, not labels; the fee is always zero and carries the legal basis for waiving it.
 */
public record VisaNotice(
    int schemaVersion,
    String kind,
    String reference,
    String consulate,
    String consulateName,
    Applicant applicant,
    String relationship,
    String decision,
    String reasons,
    Instant appliedAt,
    Instant decidedAt,
    LocalDate travelFrom,
    LocalDate travelTo,
    String relatedFolio,
    Invitation invitation,
    Fee fee) {

  public static final int SCHEMA_VERSION = 1;
  public static final String KIND = "HUMANITARIAN_VISA_DECISION";

  /** The person who will travel, identified by their travel document. */
  public record Applicant(
      String name, String nationality, String travelDocumentType, String travelDocumentNumber, LocalDate dateOfBirth) {}

  /** An invitation from a Mexican authority (search commission, prosecutor) to take part in a search or meeting. */
  public record Invitation(String agency, String reference, String purpose, LocalDate from, LocalDate to) {}

  /** The fee charged (always zero) and the legal basis for waiving it. */
  public record Fee(BigDecimal amount, String currency, String waiverBasis) {}
}
