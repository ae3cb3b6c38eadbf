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
 * What the matching engine found for one version of a received person: a case it is surely
 * (AUTO_LINK: the record was added to the case) or may be (REVIEW: recorded for an officer). Written once.
 */
@Entity
@Table(name = "pfif_match")
public class PersonMatch {

  /** AUTO_LINK or REVIEW, as the matching policy decided. */
  public enum Decision { AUTO_LINK, REVIEW }

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

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  protected PersonMatch() {}

  public PersonMatch(String personRecordId, int personVersion, String folio, Decision decision, double score, String explanation,
      Instant now) {
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

  public String personRecordId() { return personRecordId; }
  public int personVersion() { return personVersion; }
  public String folio() { return folio; }
  public Decision decision() { return decision; }
  public double score() { return score; }
}
