package mx.gob.sre.mae.gateway.domain.model.visa;

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

/** One step in a visa request's history: who did what, when. Written once, never changed or deleted. */
@Entity
@Table(name = "visa_event")
public class VisaEvent {

  @Id
  @SequenceGenerator(name = "visa_event_seq", sequenceName = "visa_event_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visa_event_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id")
  private VisaRequest request;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(updatable = false)
  private String detail;

  protected VisaEvent() {}

  VisaEvent(VisaRequest request, String actor, String action, String detail, Instant now) {
    this.request = request;
    this.actor = actor;
    this.action = action;
    this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    this.recordedAt = now.atOffset(ZoneOffset.UTC);
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException("Visa request history is append-only");
  }

  public Instant recordedAt() { return recordedAt.toInstant(); }
  public String actor() { return actor; }
  public String action() { return action; }
  public String detail() { return detail; }
}
