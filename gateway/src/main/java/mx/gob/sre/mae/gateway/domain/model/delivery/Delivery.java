package mx.gob.sre.mae.gateway.domain.model.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * One case version for one recipient (a row of the transactional outbox): written in the same
 * transaction as the version, then delivered, acknowledged, or parked for a person to replay. A
 * row of kind VISA_NOTICE instead carries a humanitarian visa decision (no case; the visa reference
 * in {@code folio}, the deciding consulate in {@code consulateCode}) through the same delivery, and a
 * row of kind SUPPORT_RESULT the result of a support request for the agency that asked.
 */
@Entity
@Table(name = "outbox_message")
public class Delivery {

  @Id
  @SequenceGenerator(name = "outbox_seq", sequenceName = "outbox_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_seq")
  private Long id;

  @Column(nullable = false)
  private String kind = KIND_CASE;

  @Column(name = "case_id")
  private Long caseId;

  @Column(name = "consulate_code")
  private String consulateCode;

  @Column(nullable = false)
  private String folio;

  @Column(name = "case_version", nullable = false)
  private int caseVersion;

  @Column(nullable = false)
  private String recipient;

  @Column(nullable = false)
  private String channel;

  @Column(name = "idempotency_key", nullable = false, unique = true)
  private String idempotencyKey;

  @Column(nullable = false)
  private String flags;

  @Column(nullable = false, length = 1000000)
  private String payload;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DeliveryStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private OffsetDateTime nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "delivered_at")
  private OffsetDateTime deliveredAt;

  @Column(name = "ack_deadline")
  private OffsetDateTime ackDeadline;

  @Column(name = "ack_reference")
  private String ackReference;

  @Column(name = "acked_at")
  private OffsetDateTime ackedAt;

  @Column(name = "acked_by")
  private String ackedBy;

  public static final String KIND_CASE = "CASE";
  public static final String KIND_VISA_NOTICE = "VISA_NOTICE";
  public static final String KIND_SUPPORT_RESULT = "SUPPORT_RESULT";

  protected Delivery() {}

  /**
   * A humanitarian visa decision for one recipient (INM, or the inviting authority): one per
   * request and recipient, key {@code <reference>:<agency>:decision}; the payload is the notice JSON.
   */
  public static Delivery queueVisaNotice(
      String reference, String consulateCode, String recipient, String channel, String payload, Instant now) {
    return queueDocument(KIND_VISA_NOTICE, "decision", reference, consulateCode, recipient, channel, payload, now);
  }

  /**
   * The result of a support request for the agency that asked (no case row; the request reference in
   * {@code folio}, the consulate that acted in {@code consulateCode}): one per request, key
   * {@code <reference>:<agency>:result}; the payload is the result JSON.
   */
  public static Delivery queueSupportResult(
      String reference, String consulateCode, String recipient, String channel, String payload, Instant now) {
    return queueDocument(KIND_SUPPORT_RESULT, "result", reference, consulateCode, recipient, channel, payload, now);
  }

  /** A document that is not a case version: no case row, its own reference and consulate, key {@code <reference>:<recipient>:<what>}. */
  private static Delivery queueDocument(String kind, String what, String reference, String consulateCode, String recipient,
      String channel, String payload, Instant now) {
    Delivery d = queue(0, reference, 1, recipient, channel, Set.of(), payload, now);
    d.kind = kind;
    d.caseId = null;
    d.consulateCode = consulateCode;
    d.idempotencyKey = reference + ":" + recipient + ":" + what;
    return d;
  }

  public static Delivery queue(
      long caseId, String folio, int caseVersion, String recipient, String channel, Set<String> flags, String payload, Instant now) {
    Delivery d = new Delivery();
    d.caseId = caseId;
    d.folio = folio;
    d.caseVersion = caseVersion;
    d.recipient = recipient;
    d.channel = channel;
    d.idempotencyKey = folio + ":" + recipient + ":v" + caseVersion;
    d.flags = String.join(",", new TreeSet<>(flags));
    d.payload = payload;
    d.status = DeliveryStatus.PENDING;
    d.attempts = 0;
    d.nextAttemptAt = now.atOffset(ZoneOffset.UTC);
    d.createdAt = d.nextAttemptAt;
    return d;
  }

  /** The recipient's acknowledgement, with its own reference (register folio, investigation file…). */
  public void acknowledge(String reference, String by, Instant now) {
    if (status != DeliveryStatus.DELIVERED) {
      throw new DeliveryStateException("Only a delivered message can be acknowledged: " + idempotencyKey);
    }
    this.ackReference = reference;
    this.ackedBy = by;
    this.ackedAt = now.atOffset(ZoneOffset.UTC);
  }

  /** A parked message goes back to the queue, due now, with a fresh retry budget. */
  public void replay(Instant now) {
    if (status != DeliveryStatus.PARKED) {
      throw new DeliveryStateException("Only a parked message can be replayed: " + idempotencyKey);
    }
    status = DeliveryStatus.PENDING;
    attempts = 0;
    nextAttemptAt = now.atOffset(ZoneOffset.UTC);
  }

  public Long id() { return id; }
  public Long caseId() { return caseId; }
  public String kind() { return kind; }
  public String consulateCode() { return consulateCode; }
  public boolean isVisaNotice() { return KIND_VISA_NOTICE.equals(kind); }
  public boolean isSupportResult() { return KIND_SUPPORT_RESULT.equals(kind); }
  public String folio() { return folio; }
  public int caseVersion() { return caseVersion; }
  public String recipient() { return recipient; }
  public String channel() { return channel; }
  public String idempotencyKey() { return idempotencyKey; }
  public Set<String> flags() { return flags.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(flags.split(","))); }
  public String payload() { return payload; }
  public DeliveryStatus status() { return status; }
  public int attempts() { return attempts; }
  public String lastError() { return lastError; }
  public Instant createdAt() { return createdAt.toInstant(); }
  public Instant nextAttemptAt() { return nextAttemptAt.toInstant(); }
  public Instant deliveredAt() { return deliveredAt == null ? null : deliveredAt.toInstant(); }
  public Instant ackDeadline() { return ackDeadline == null ? null : ackDeadline.toInstant(); }
  public String ackReference() { return ackReference; }
  public Instant ackedAt() { return ackedAt == null ? null : ackedAt.toInstant(); }
  public String ackedBy() { return ackedBy; }
  public boolean acknowledged() { return ackReference != null; }
}
