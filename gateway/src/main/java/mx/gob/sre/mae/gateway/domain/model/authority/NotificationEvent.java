package mx.gob.sre.mae.gateway.domain.model.authority;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One step in a notification's history: who did what, when. Written once, never changed or deleted. */
@Entity
@Table(name = "authority_notification_event")
public class NotificationEvent {

  /** The actions a history holds. */
  public static final String RECEIVED = "RECEIVED";
  public static final String CLASSIFIED = "CLASSIFIED";
  public static final String CANDIDATE_REJECTED = "CANDIDATE_REJECTED";
  public static final String CONFIRMED = "CONFIRMED";
  public static final String NEW_CASE = "NEW_CASE";
  public static final String REJECTED = "REJECTED";

  @Id
  @SequenceGenerator(name = "authority_notification_event_seq", sequenceName = "authority_notification_event_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authority_notification_event_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "notification_id")
  private AuthorityNotification notification;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(updatable = false)
  private String detail;

  protected NotificationEvent() {}

  NotificationEvent(AuthorityNotification notification, String actor, String action, String detail, Instant now) {
    this.notification = notification;
    this.actor = actor;
    this.action = action;
    this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    this.recordedAt = now.atOffset(ZoneOffset.UTC);
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException("Notification history is append-only");
  }

  public Instant recordedAt() { return recordedAt.toInstant(); }
  public String actor() { return actor; }
  public String action() { return action; }
  public String detail() { return detail; }
}
