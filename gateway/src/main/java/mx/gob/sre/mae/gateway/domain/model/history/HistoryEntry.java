package mx.gob.sre.mae.gateway.domain.model.history;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One step in the history of something staff work on (a visa request, an authority notification, a
 * support request): who did what, when, with a bounded detail. Written once; the entity refuses any
 * update or removal, and the vendor migrations add triggers that refuse them in the database too.
 */
@MappedSuperclass
public abstract class HistoryEntry {

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(updatable = false)
  private String detail;

  protected HistoryEntry() {}

  protected HistoryEntry(String actor, String action, String detail, int maxDetail, Instant now) {
    this.actor = actor;
    this.action = action;
    this.detail = detail == null || detail.length() <= maxDetail ? detail : detail.substring(0, maxDetail);
    this.recordedAt = now.atOffset(ZoneOffset.UTC);
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException(getClass().getSimpleName() + " history is append-only");
  }

  public Instant recordedAt() { return recordedAt.toInstant(); }
  public String actor() { return actor; }
  public String action() { return action; }
  public String detail() { return detail; }
}
