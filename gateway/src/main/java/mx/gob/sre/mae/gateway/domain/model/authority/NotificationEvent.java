package mx.gob.sre.mae.gateway.domain.model.authority;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in a notification's history: who did what, when. Written once, never changed or deleted. */
@Entity
@Table(name = "authority_notification_event")
public class NotificationEvent extends mx.gob.sre.mae.gateway.domain.model.history.HistoryEntry {

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

  protected NotificationEvent() {}

  NotificationEvent(AuthorityNotification notification, String actor, String action, String detail, Instant now) {
    super(actor, action, detail, 2000, now);
    this.notification = notification;
  }
}
