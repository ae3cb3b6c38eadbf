package mx.gob.sre.mae.gateway.domain.model.notify;

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

/** A STOP or START a person sent from a phone: kept as an event, so the history shows every choice. */
@Entity
@Table(name = "phone_consent")
public class PhoneConsent {

  public static final String STOP = "STOP";
  public static final String START = "START";

  @Id
  @SequenceGenerator(name = "phone_consent_seq", sequenceName = "phone_consent_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "phone_consent_seq")
  private Long id;

  @Column(nullable = false)
  private String channel;

  @Column(nullable = false)
  private String address;

  @Column(nullable = false)
  private String action;

  private String source;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  protected PhoneConsent() {}

  public PhoneConsent(String channel, String address, boolean optedIn, String source, Instant at) {
    this.channel = channel;
    this.address = address;
    this.action = optedIn ? START : STOP;
    this.source = source;
    this.recordedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  public String action() { return action; }
}
