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
 * A call to the 24/7 line, once by the provider's call id: the language chosen, the recorded message
 * (fetched later and kept by SHA-256), whether the caller wants a call back, the case it made, and
 * the callback task an officer closes.
 */
@Entity
@Table(name = "phone_call")
public class PhoneCall {

  /** Where a call stands: answering the menu, recorded (audio not yet stored), stored, callback done. */
  public enum Status { IN_PROGRESS, RECORDED, STORED, CALLED_BACK }

  @Id
  @SequenceGenerator(name = "phone_call_seq", sequenceName = "phone_call_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "phone_call_seq")
  private Long id;

  @Column(name = "call_sid", nullable = false, unique = true)
  private String callSid;

  @Column(name = "from_address", nullable = false)
  private String fromAddress;

  @Column(name = "to_address", nullable = false)
  private String toAddress;

  @Column(name = "consulate_code", nullable = false)
  private String consulateCode;

  private String language;

  @Column(name = "callback_requested")
  private Boolean callbackRequested;

  @Column(name = "recording_sid")
  private String recordingSid;

  @Column(name = "recording_url")
  private String recordingUrl;

  @Column(name = "recording_seconds")
  private Integer recordingSeconds;

  @Column(name = "recording_sha256")
  private String recordingSha256;

  @Column(name = "recording_key")
  private String recordingKey;

  private String folio;

  @Column(nullable = false)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Status status;

  @Column(name = "callback_done_at")
  private OffsetDateTime callbackDoneAt;

  @Column(name = "callback_done_by")
  private String callbackDoneBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  protected PhoneCall() {}

  public PhoneCall(String callSid, String fromAddress, String toAddress, String consulateCode, Instant now) {
    this.callSid = callSid;
    this.fromAddress = fromAddress;
    this.toAddress = toAddress;
    this.consulateCode = consulateCode;
    this.status = Status.IN_PROGRESS;
    this.createdAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    this.updatedAt = createdAt;
  }

  public void chooseLanguage(String tag, Instant now) {
    this.language = tag;
    touch(now);
  }

  /** The caller finished recording: the case is made now; the audio is fetched afterwards. */
  public void recorded(String sid, String url, Integer seconds, String caseFolio, Instant now) {
    this.recordingSid = sid;
    this.recordingUrl = url;
    this.recordingSeconds = seconds;
    this.folio = caseFolio;
    this.status = Status.RECORDED;
    touch(now);
  }

  public void stored(String sha256, String storageKey, Instant now) {
    this.recordingSha256 = sha256;
    this.recordingKey = storageKey;
    this.status = Status.STORED;
    touch(now);
  }

  public void answerCallback(boolean wanted, Instant now) {
    this.callbackRequested = wanted;
    touch(now);
  }

  public void calledBack(String by, Instant now) {
    this.callbackDoneAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    this.callbackDoneBy = by;
    this.status = Status.CALLED_BACK;
    touch(now);
  }

  private void touch(Instant now) {
    this.updatedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
  }

  public Long id() { return id; }
  public String callSid() { return callSid; }
  public String fromAddress() { return fromAddress; }
  public String consulateCode() { return consulateCode; }
  public String language() { return language; }
  public Boolean callbackRequested() { return callbackRequested; }
  public String recordingUrl() { return recordingUrl; }
  public Integer recordingSeconds() { return recordingSeconds; }
  public String recordingSha256() { return recordingSha256; }
  public String folio() { return folio; }
  public Status status() { return status; }
  public Instant createdAt() { return createdAt.toInstant(); }
  public Instant callbackDoneAt() { return callbackDoneAt == null ? null : callbackDoneAt.toInstant(); }
  public String callbackDoneBy() { return callbackDoneBy; }
}
