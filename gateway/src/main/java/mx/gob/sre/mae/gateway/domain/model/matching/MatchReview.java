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

/** A pair of reports the engine was unsure of, waiting in the later report's consulate for an officer. */
@Entity
@Table(name = "match_review")
public class MatchReview {

  /** Where the review stands. */
  public enum Status { OPEN, LINKED, NOT_SAME }

  @Id
  @SequenceGenerator(name = "match_review_seq", sequenceName = "match_review_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "match_review_seq")
  private Long id;

  @Column(name = "primary_case", nullable = false)
  private String primaryCase;

  @Column(name = "linked_case", nullable = false)
  private String linkedCase;

  @Column(name = "consulate_code", nullable = false)
  private String consulateCode;

  @Column(nullable = false)
  private double score;

  @Column(nullable = false)
  private String explanation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  protected MatchReview() {}

  public MatchReview(String primaryCase, String linkedCase, String consulateCode, double score, String explanation, Instant now) {
    this.primaryCase = primaryCase;
    this.linkedCase = linkedCase;
    this.consulateCode = consulateCode;
    this.score = score;
    this.explanation = explanation.length() <= 4000 ? explanation : explanation.substring(0, 4000);
    this.status = Status.OPEN;
    this.createdAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
  }

  public void decide(Status decision, String by, Instant now) {
    if (status != Status.OPEN) {
      throw new mx.gob.sre.mae.gateway.domain.model.delivery.DeliveryStateException("Review " + id + " is already decided");
    }
    this.status = decision;
    this.decidedBy = by;
    this.decidedAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
  }

  public Long id() { return id; }
  public String primaryCase() { return primaryCase; }
  public String linkedCase() { return linkedCase; }
  public String consulateCode() { return consulateCode; }
  public double score() { return score; }
  public String explanation() { return explanation; }
  public Status status() { return status; }
  public Instant createdAt() { return createdAt.toInstant(); }
}
