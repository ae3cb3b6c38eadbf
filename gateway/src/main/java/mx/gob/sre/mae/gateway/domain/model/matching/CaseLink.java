package mx.gob.sre.mae.gateway.domain.model.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A decision on a pair of reports of (possibly) the same person, kept forever: linked, unlinked, or
 * "not the same person". The latest event of a pair is what holds; a "not the same" decision is
 * never proposed again. Both reports stay whole: a link never merges or deletes anything.
 */
@Entity
@Table(name = "case_link")
public class CaseLink {

  /** What was decided. */
  public enum Event { LINKED, UNLINKED, NOT_SAME }

  @Id
  @SequenceGenerator(name = "case_link_seq", sequenceName = "case_link_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_link_seq")
  private Long id;

  @Column(name = "primary_case", nullable = false, updatable = false)
  private String primaryCase;

  @Column(name = "linked_case", nullable = false, updatable = false)
  private String linkedCase;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Event event;

  @Column(nullable = false, updatable = false)
  private boolean automatic;

  @Column(updatable = false)
  private Double score;

  @Column(updatable = false)
  private String explanation;

  @Column(name = "decided_by", nullable = false, updatable = false)
  private String decidedBy;

  @Column(name = "decided_at", nullable = false, updatable = false)
  private OffsetDateTime decidedAt;

  protected CaseLink() {}

  public CaseLink(String primaryCase, String linkedCase, Event event, boolean automatic, Double score, String explanation,
      String decidedBy, Instant at) {
    this.primaryCase = primaryCase;
    this.linkedCase = linkedCase;
    this.event = event;
    this.automatic = automatic;
    this.score = score;
    this.explanation = explanation == null || explanation.length() <= 4000 ? explanation : explanation.substring(0, 4000);
    this.decidedBy = decidedBy;
    this.decidedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
  }

  public Long id() { return id; }
  public String primaryCase() { return primaryCase; }
  public String linkedCase() { return linkedCase; }
  public Event event() { return event; }
  public boolean automatic() { return automatic; }
  public Double score() { return score; }
  public String explanation() { return explanation; }
  public String decidedBy() { return decidedBy; }
  public Instant decidedAt() { return decidedAt.toInstant(); }
}
