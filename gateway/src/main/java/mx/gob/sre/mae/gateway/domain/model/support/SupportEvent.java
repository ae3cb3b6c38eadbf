package mx.gob.sre.mae.gateway.domain.model.support;

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
import java.time.ZoneOffset;
import java.time.OffsetDateTime;

/** One step in a support request's history: who, in what role, did what, when. Written once, never changed. */
@Entity
@Table(name = "support_event")
public class SupportEvent {

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

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(name = "actor_role", nullable = false, updatable = false)
  private String actorRole;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(updatable = false)
  private String detail;

  protected SupportEvent() {}

  SupportEvent(SupportRequest request, Actor actor, String action, String detail, Instant now) {
    this.request = request;
    this.actor = actor.username();
    this.actorRole = actor.role();
    this.action = action;
    this.detail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
    this.recordedAt = now.atOffset(ZoneOffset.UTC);
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException("Support request history is append-only");
  }

  public Instant recordedAt() { return recordedAt.toInstant(); }
  public String actor() { return actor; }
  public String actorRole() { return actorRole; }
  public String action() { return action; }
  public String detail() { return detail; }

  /** Who acts: a user name and the role they act in (or the system). */
  public record Actor(String username, String role) {
    public static final Actor SYSTEM = new Actor("system", "system");
  }
}
