package mx.gob.sre.mae.gateway.domain.model.pfif;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A decision about a received person and a case: the matching engine's (AUTO_LINK: the record was
 * added to the case; REVIEW: it may be, an officer decides) or an officer's (LINKED: added to the case;
 * NOT_SAME: remembered, never proposed again). Written once; the latest row of a person and case decides.
 */
@Entity
@Table(name = "pfif_match")
public class PersonMatch {

  /** AUTO_LINK or REVIEW, as the matching policy decided. */
  public enum Decision {
    AUTO_LINK, REVIEW, LINKED, NOT_SAME;

    /** The received record is on the case. */
    public boolean onCase() {
      return this == AUTO_LINK || this == LINKED;
    }
  }

  /** Who decides when the engine does. */
  public static final String ENGINE = "matching";

  @Id
  @SequenceGenerator(name = "pfif_match_seq", sequenceName = "pfif_match_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pfif_match_seq")
  private Long id;

  @Column(name = "person_record_id", nullable = false, updatable = false)
  private String personRecordId;

  @Column(name = "person_version", nullable = false, updatable = false)
  private int personVersion;

  @Column(nullable = false, updatable = false)
  private String folio;

  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Decision decision;

  @Column(nullable = false, updatable = false)
  private double score;

  @Column(nullable = false, updatable = false)
  private String explanation;

  @Column(name = "decided_by", nullable = false, updatable = false)
  private String decidedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected PersonMatch() {}

  public PersonMatch(String personRecordId, int personVersion, String folio, Decision decision, double score, String explanation,
      String decidedBy, Instant now) {
    this.decidedBy = decidedBy;
    this.personRecordId = personRecordId;
    this.personVersion = personVersion;
    this.folio = folio;
    this.decision = decision;
    this.score = score;
    this.explanation = explanation.length() <= 4000 ? explanation : explanation.substring(0, 4000);
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException("PFIF matches are append-only");
  }

  /** An officer's decision on this proposal, as a new row. */
  public PersonMatch decide(Decision officerDecision, String officer, Instant now) {
    return new PersonMatch(personRecordId, personVersion, folio, officerDecision, score, explanation, officer, now);
  }

  public Long id() { return id; }
  public String explanation() { return explanation; }
  public String decidedBy() { return decidedBy; }
  public Instant createdAt() { return createdAt.toInstant(); }
  public String personRecordId() { return personRecordId; }
  public int personVersion() { return personVersion; }
  public String folio() { return folio; }
  public Decision decision() { return decision; }
  public double score() { return score; }
}
