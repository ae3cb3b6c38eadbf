package mx.gob.sre.mae.gateway.domain.model.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One email a consulate received, recorded once by its Message-ID (or content hash) together with
 * what became of it; the raw source is kept in the attachment store (evidence, quarantine download).
 */
@Entity
@Table(name = "email_message")
public class ReceivedEmail {

  @Id
  @SequenceGenerator(name = "email_message_seq", sequenceName = "email_message_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "email_message_seq")
  private Long id;

  @Column(name = "message_key", nullable = false, unique = true)
  private String messageKey;

  @Column(name = "consulate_code", nullable = false)
  private String consulateCode;

  @Column(nullable = false)
  private String outcome;

  private String folio;
  private String sender;
  private String subject;
  private String language;

  @Column(name = "raw_sha256", nullable = false)
  private String rawSha256;

  @Column(name = "raw_storage_key", nullable = false)
  private String rawStorageKey;

  private String error;

  @Column(name = "received_at", nullable = false)
  private OffsetDateTime receivedAt;

  protected ReceivedEmail() {}

  public ReceivedEmail(String messageKey, String consulateCode, String outcome, String folio, String sender, String subject,
      String language, String rawSha256, String rawStorageKey, String error, Instant receivedAt) {
    this.messageKey = messageKey;
    this.consulateCode = consulateCode;
    this.outcome = outcome;
    this.folio = folio;
    this.sender = sender;
    this.subject = subject == null ? null : subject.substring(0, Math.min(subject.length(), 1000));
    this.language = language;
    this.rawSha256 = rawSha256;
    this.rawStorageKey = rawStorageKey;
    this.error = error == null ? null : error.substring(0, Math.min(error.length(), 1900));
    this.receivedAt = receivedAt.atOffset(ZoneOffset.UTC);
  }

  public Long id() { return id; }
  public String messageKey() { return messageKey; }
  public String consulateCode() { return consulateCode; }
  public String outcome() { return outcome; }
  public String folio() { return folio; }
  public String sender() { return sender; }
  public String subject() { return subject; }
  public String rawStorageKey() { return rawStorageKey; }
  public String error() { return error; }
  public Instant receivedAt() { return receivedAt.toInstant(); }
}
