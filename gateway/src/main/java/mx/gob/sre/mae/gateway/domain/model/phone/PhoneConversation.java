package mx.gob.sre.mae.gateway.domain.model.phone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The state of the SMS/WhatsApp conversation with one number, so a family can answer hours later. The
 * state itself is the conversation engine's (serialised text); the version column makes two
 * messages arriving at once update it one after the other, never both from the same state.
 */
@Entity
@Table(name = "phone_conversation")
public class PhoneConversation {

  @Id
  @SequenceGenerator(name = "phone_conversation_seq", sequenceName = "phone_conversation_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "phone_conversation_seq")
  private Long id;

  @Column(nullable = false)
  private String channel;

  @Column(nullable = false)
  private String address;

  @Column(name = "consulate_code", nullable = false)
  private String consulateCode;

  @Column(nullable = false)
  private String state;

  @Column(nullable = false)
  private boolean open;

  private String folio;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "last_inbound_at", nullable = false)
  private OffsetDateTime lastInboundAt;

  @Version
  private int version;

  protected PhoneConversation() {}

  public PhoneConversation(String channel, String address, String consulateCode, String state, Instant now) {
    this.channel = channel;
    this.address = address;
    this.consulateCode = consulateCode;
    this.state = state;
    this.open = true;
    this.createdAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    this.lastInboundAt = createdAt;
  }

  /**
   * The engine's new state after a message (or a timeout), the case it made, if any, and whether the
   * conversation now waits for an answer (so the timeout applies to it).
   */
  public void advance(String newState, String caseFolio, boolean inbound, boolean awaitingAnswer, Instant now) {
    this.state = newState;
    this.open = awaitingAnswer;
    if (caseFolio != null) {
      this.folio = caseFolio;
    }
    if (inbound) {
      this.lastInboundAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }
  }

  public Long id() { return id; }
  public String channel() { return channel; }
  public String address() { return address; }
  public String consulateCode() { return consulateCode; }
  public String state() { return state; }
  /** Waiting for an answer: the timeout applies. */
  public boolean awaitingAnswer() { return open; }
  public String folio() { return folio; }
  public Instant lastInboundAt() { return lastInboundAt.toInstant(); }
}
