package mx.gob.sre.mae.gateway.domain.model.phone;

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
 * One SMS or WhatsApp message a consulate's number received, kept once by the provider's message id
 * with the reply it got: a webhook the provider retries gets the same reply and changes nothing.
 */
@Entity
@Table(name = "phone_message")
public class PhoneMessage {

  @Id
  @SequenceGenerator(name = "phone_message_seq", sequenceName = "phone_message_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "phone_message_seq")
  private Long id;

  @Column(name = "provider_sid", nullable = false, unique = true)
  private String providerSid;

  @Column(nullable = false)
  private String channel;

  @Column(name = "from_address", nullable = false)
  private String fromAddress;

  @Column(name = "to_address", nullable = false)
  private String toAddress;

  @Column(name = "consulate_code")
  private String consulateCode;

  private String body;
  private String reply;

  @Column(nullable = false)
  private String outcome;

  private String folio;

  @Column(name = "received_at", nullable = false)
  private OffsetDateTime receivedAt;

  protected PhoneMessage() {}

  public PhoneMessage(String providerSid, String channel, String fromAddress, String toAddress, String consulateCode, String body,
      String reply, String outcome, String folio, Instant receivedAt) {
    this.providerSid = providerSid;
    this.channel = channel;
    this.fromAddress = fromAddress;
    this.toAddress = toAddress;
    this.consulateCode = consulateCode;
    this.body = body;
    this.reply = reply;
    this.outcome = outcome;
    this.folio = folio;
    this.receivedAt = OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC);
  }

  public String providerSid() { return providerSid; }
  public String channel() { return channel; }
  public String fromAddress() { return fromAddress; }
  public String body() { return body; }
  public String reply() { return reply; }
  public String outcome() { return outcome; }
  public String folio() { return folio; }
  public Instant receivedAt() { return receivedAt.toInstant(); }
}
