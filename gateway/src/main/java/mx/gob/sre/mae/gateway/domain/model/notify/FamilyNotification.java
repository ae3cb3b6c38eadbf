package mx.gob.sre.mae.gateway.domain.model.notify;

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

/**
 * A message to a family, queued in the transaction that caused it (a case taken in, a status
 * changed) and sent by the family notification route. A secret such as the access code is kept
 * apart from the body and erased once the message is sent, so the outbox does not hold codes the
 * case table keeps only as hashes.
 */
@Entity
@Table(name = "family_message")
public class FamilyNotification {

  /** Where the secret goes in the body; replaced at sending. */
  public static final String SECRET_PLACEHOLDER = "[[ACCESS_CODE]]";

  @Id
  @SequenceGenerator(name = "family_message_seq", sequenceName = "family_message_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "family_message_seq")
  private Long id;

  @Column(name = "consulate_code")
  private String consulateCode;

  private String folio;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FamilyMessagePurpose purpose;

  @Column(nullable = false)
  private String channel;

  @Column(nullable = false)
  private String address;

  @Column(nullable = false)
  private String language;

  private String subject;

  @Column(nullable = false)
  private String body;

  private String secret;

  @Column(name = "message_key", nullable = false, unique = true)
  private String messageKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FamilyMessageStatus status;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private OffsetDateTime nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "provider_ref")
  private String providerRef;

  @Column(name = "provider_status")
  private String providerStatus;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "sent_at")
  private OffsetDateTime sentAt;

  protected FamilyNotification() {}

  /** A new message, due at once. {@code body} may hold {@link #SECRET_PLACEHOLDER} where {@code secret} goes. */
  public static FamilyNotification queue(String consulateCode, String folio, FamilyMessagePurpose purpose, String channel,
      String address, String language, String subject, String body, String secret, String messageKey, Instant now) {
    FamilyNotification n = new FamilyNotification();
    n.consulateCode = consulateCode;
    n.folio = folio;
    n.purpose = purpose;
    n.channel = channel;
    n.address = address;
    n.language = language;
    n.subject = subject;
    n.body = body;
    n.secret = secret;
    n.messageKey = messageKey;
    n.status = FamilyMessageStatus.PENDING;
    n.attempts = 0;
    n.nextAttemptAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    n.createdAt = n.nextAttemptAt;
    return n;
  }

  /** Puts a parked message back in the queue with a fresh retry budget. */
  public void replay(Instant now) {
    if (status != FamilyMessageStatus.PARKED) {
      throw new mx.gob.sre.mae.gateway.domain.model.delivery.DeliveryStateException("Only a parked message can be replayed: " + messageKey);
    }
    status = FamilyMessageStatus.PENDING;
    attempts = 0;
    lastError = null;
    nextAttemptAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
  }

  public Long id() { return id; }
  public String consulateCode() { return consulateCode; }
  public String folio() { return folio; }
  public FamilyMessagePurpose purpose() { return purpose; }
  public String channel() { return channel; }
  public String address() { return address; }
  public String language() { return language; }
  public String subject() { return subject; }
  /** The body as stored: the secret, if any, is not in it. */
  public String body() { return body; }
  public String messageKey() { return messageKey; }
  public FamilyMessageStatus status() { return status; }
  public int attempts() { return attempts; }
  public String lastError() { return lastError; }
  public String providerRef() { return providerRef; }
  public String providerStatus() { return providerStatus; }
  public Instant createdAt() { return createdAt.toInstant(); }
  public Instant nextAttemptAt() { return nextAttemptAt.toInstant(); }
  public Instant sentAt() { return sentAt == null ? null : sentAt.toInstant(); }
}
