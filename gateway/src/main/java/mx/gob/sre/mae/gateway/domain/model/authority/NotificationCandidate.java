package mx.gob.sre.mae.gateway.domain.model.authority;

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

/** A case the matching engine found for a notification, with its score and per-field explanation, as it was on receipt. Written once. */
@Entity
@Table(name = "authority_notification_candidate")
public class NotificationCandidate {

  @Id
  @SequenceGenerator(name = "authority_notification_candidate_seq", sequenceName = "authority_notification_candidate_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authority_notification_candidate_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "notification_id")
  private AuthorityNotification notification;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(nullable = false, updatable = false)
  private String folio;

  @Column(nullable = false, updatable = false)
  private double score;

  @Column(nullable = false, updatable = false)
  private String decision;

  @Column(nullable = false, updatable = false)
  private String explanation;

  protected NotificationCandidate() {}

  NotificationCandidate(AuthorityNotification notification, int position, String folio, double score, String decision,
      String explanation) {
    this.notification = notification;
    this.position = position;
    this.folio = folio;
    this.score = score;
    this.decision = decision;
    this.explanation = explanation.length() <= 4000 ? explanation : explanation.substring(0, 4000);
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException("Notification candidates are written once");
  }

  public int position() { return position; }
  public String folio() { return folio; }
  public double score() { return score; }
  public String decision() { return decision; }
  public String explanation() { return explanation; }
}
