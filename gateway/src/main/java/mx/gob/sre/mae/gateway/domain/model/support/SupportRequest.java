package mx.gob.sre.mae.gateway.domain.model.support;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreRemove;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import mx.gob.sre.mae.gateway.domain.model.cases.StoredFile;
import mx.gob.sre.mae.gateway.domain.model.support.SupportEvent.Actor;

/**
 * A Mexican authority's request for help abroad (General Law art. 89): for one case routed to the
 * requesting agency, addressed to one consulate, due by a time. The consulate assigns it, records
 * what was done, attaches results and closes it as COMPLETED or UNABLE. The status is derived from
 * the append-only events (the {@code status} column is their projection, for queries); a closed
 * request is never changed again, and nothing is deleted.
 */
@Entity
@Table(name = "support_request")
public class SupportRequest {

  @Id
  @SequenceGenerator(name = "support_request_seq", sequenceName = "support_request_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_request_seq")
  private Long id;

  @Column(nullable = false, unique = true, updatable = false)
  private String reference;

  @Column(name = "case_id", nullable = false, updatable = false)
  private long caseId;

  @Column(nullable = false, updatable = false)
  private String folio;

  @Column(name = "requesting_agency", nullable = false, updatable = false)
  private String requestingAgency;

  @Column(name = "consulate_code", nullable = false, updatable = false)
  private String consulateCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "request_type", nullable = false, updatable = false)
  private SupportType type;

  @Column(nullable = false, updatable = false)
  private String description;

  @Column(name = "due_at", nullable = false, updatable = false)
  private OffsetDateTime dueAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SupportStatus status;

  private String assignee;

  @Column(name = "escalated_at")
  private OffsetDateTime escalatedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
  @OrderBy("id ASC")
  private List<SupportEvent> history = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
  @OrderBy("id ASC")
  private List<SupportResultFile> results = new ArrayList<>();

  protected SupportRequest() {}

  /** A new request, status REQUESTED; the due time must be in the future. */
  public static SupportRequest request(SupportReference reference, long caseId, String folio, String requestingAgency,
      String consulateCode, SupportType type, String description, Instant dueAt, Actor by, Instant now) {
    if (!dueAt.isAfter(now)) {
      throw new IllegalArgumentException("A support request is due in the future: " + dueAt);
    }
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("A support request says what is asked");
    }
    SupportRequest r = new SupportRequest();
    r.reference = reference.value();
    r.caseId = caseId;
    r.folio = folio;
    r.requestingAgency = requestingAgency;
    r.consulateCode = consulateCode;
    r.type = type;
    r.description = description.strip();
    r.dueAt = utc(dueAt);
    r.createdAt = utc(now);
    r.createdBy = by.username();
    r.record(by, SupportEvent.REQUESTED, type + " for case " + folio + " by " + requestingAgency + ", due " + dueAt, now);
    return r;
  }

  /** Assigns (or reassigns) the request to a member of the consulate's staff. */
  public void assign(String newAssignee, Actor by, Instant now) {
    requireOpen();
    if (newAssignee == null || newAssignee.isBlank()) {
      throw new IllegalArgumentException("An assignment names the assignee");
    }
    assignee = newAssignee.strip();
    record(by, SupportEvent.ASSIGNED, assignee, now);
  }

  /** What the consulate did (interview held, sample taken, notification delivered…). */
  public void recordAction(String what, Actor by, Instant now) {
    requireAssigned();
    if (what == null || what.isBlank()) {
      throw new IllegalArgumentException("An action says what was done");
    }
    record(by, SupportEvent.ACTION_RECORDED, what.strip(), now);
  }

  /** A result file, already in the attachment store; its SHA-256 is also in the history. */
  public SupportResultFile attach(StoredFile file, String fileName, Actor by, Instant now) {
    requireAssigned();
    SupportResultFile result = new SupportResultFile(this, file, fileName, by.username(), now);
    results.add(result);
    record(by, SupportEvent.RESULT_ATTACHED,
        fileName + " sha256=" + file.sha256() + " (" + file.mediaType() + ", " + file.size() + " bytes)", now);
    return result;
  }

  /** Closes the request with its outcome and a summary; after this nothing changes. */
  public void close(SupportOutcome outcome, String summary, Actor by, Instant now) {
    requireAssigned();
    if (summary == null || summary.isBlank()) {
      throw new IllegalArgumentException("Closing needs a summary");
    }
    record(by, outcome == SupportOutcome.COMPLETED ? SupportEvent.CLOSED_COMPLETED : SupportEvent.CLOSED_UNABLE, summary.strip(), now);
  }

  /** Whether the request is open past its due time. */
  public boolean overdue(Instant now) {
    return !status.isClosed() && dueAt.toInstant().isBefore(now);
  }

  /** Records one escalation when overdue; false (nothing recorded) when not overdue or already escalated. */
  public boolean escalate(Instant now) {
    if (!overdue(now) || escalatedAt != null) {
      return false;
    }
    escalatedAt = utc(now);
    record(Actor.SYSTEM, SupportEvent.ESCALATED, "Overdue since " + dueAt.toInstant() + "; escalated to the supervisor of " + consulateCode, now);
    return true;
  }

  private void requireOpen() {
    if (status.isClosed()) {
      throw new SupportStateException(reference + " is " + status + ": a closed request is not changed");
    }
  }

  private void requireAssigned() {
    requireOpen();
    if (assignee == null) {
      throw new SupportStateException(reference + " is not assigned yet");
    }
  }

  private void record(Actor by, String action, String detail, Instant now) {
    history.add(new SupportEvent(this, by, action, detail, now));
    status = SupportStatus.from(history.stream().map(SupportEvent::action).toList());
    updatedAt = utc(now);
  }

  @PreRemove
  void refuseRemoval() {
    throw new IllegalStateException("Support requests are never deleted: " + reference);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** The closing event's outcome, when closed. */
  public Optional<SupportOutcome> outcome() {
    return switch (status) {
      case COMPLETED -> Optional.of(SupportOutcome.COMPLETED);
      case UNABLE -> Optional.of(SupportOutcome.UNABLE);
      default -> Optional.empty();
    };
  }

  /** The closing summary and when it was closed, when closed. */
  public Optional<SupportEvent> closing() {
    return history.stream().filter(e -> e.action().startsWith("CLOSED_")).findFirst();
  }

  public Long id() { return id; }
  public SupportReference reference() { return new SupportReference(reference); }
  public long caseId() { return caseId; }
  public String folio() { return folio; }
  public String requestingAgency() { return requestingAgency; }
  public String consulateCode() { return consulateCode; }
  public SupportType type() { return type; }
  public String description() { return description; }
  public Instant dueAt() { return dueAt.toInstant(); }
  public SupportStatus status() { return status; }
  public String assignee() { return assignee; }
  public Instant escalatedAt() { return escalatedAt == null ? null : escalatedAt.toInstant(); }
  public Instant createdAt() { return createdAt.toInstant(); }
  public String createdBy() { return createdBy; }
  public Instant updatedAt() { return updatedAt.toInstant(); }
  public List<SupportEvent> history() { return Collections.unmodifiableList(history); }
  public List<SupportResultFile> results() { return Collections.unmodifiableList(results); }
}
