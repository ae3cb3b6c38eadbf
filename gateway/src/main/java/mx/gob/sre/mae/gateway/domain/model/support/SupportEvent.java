package mx.gob.sre.mae.gateway.domain.model.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in a support request's history: who, in what role, did what, when. Written once, never changed. */
@Entity
@Table(name = "support_event")
public class SupportEvent extends mx.gob.sre.mae.gateway.domain.model.history.HistoryEntry {

  public static final String REQUESTED = "REQUESTED";
  public static final String ASSIGNED = "ASSIGNED";
  public static final String ACTION_RECORDED = "ACTION_RECORDED";
  public static final String RESULT_ATTACHED = "RESULT_ATTACHED";
  public static final String CLOSED_COMPLETED = "CLOSED_COMPLETED";
  public static final String CLOSED_UNABLE = "CLOSED_UNABLE";
  public static final String ESCALATED = "ESCALATED";

  static final int MAX_DETAIL = 4000;

  @Id
  @SequenceGenerator(name = "support_event_seq", sequenceName = "support_event_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_event_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id")
  private SupportRequest request;

  @Column(name = "actor_role", nullable = false, updatable = false)
  private String actorRole;

  protected SupportEvent() {}

  SupportEvent(SupportRequest request, Actor actor, String action, String detail, Instant now) {
    super(actor.username(), action, detail, MAX_DETAIL, now);
    this.request = request;
    this.actorRole = actor.role();
  }

  public String actorRole() { return actorRole; }

  /** Who acts: a user name and the role they act in (or the system). */
  public record Actor(String username, String role) {
    public static final Actor SYSTEM = new Actor("system", "system");
  }
}
