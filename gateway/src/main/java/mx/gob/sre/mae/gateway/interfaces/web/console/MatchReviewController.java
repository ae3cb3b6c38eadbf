package mx.gob.sre.mae.gateway.interfaces.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import mx.gob.sre.mae.gateway.application.matching.CaseLinking;
import mx.gob.sre.mae.gateway.domain.model.matching.MatchReview;
import mx.gob.sre.mae.gateway.infrastructure.security.CurrentOfficer;
import mx.gob.sre.mae.gateway.interfaces.web.common.LanguageSelector;
import mx.gob.sre.mae.i18n.Messages;

/**
 * The console's review queue of possible repeat reports: pairs the matching engine was not sure
 * enough to link, waiting for an officer of the later report's consulate to say "the same person"
 * (both cases get a version, routed as updates) or "not the same" (never proposed again); and the
 * persons received from other person-finding systems (PFIF) that may be one of the consulate's cases.
 */
@Named
@RequestScoped
public class MatchReviewController {

  @Inject CaseLinking linking;
  @Inject CurrentOfficer officer;
  @Inject LanguageSelector language;
  @Inject mx.gob.sre.mae.gateway.application.pfif.PfifReview pfif;

  private long reviewId;
  private List<MatchReview> reviews;
  private List<mx.gob.sre.mae.gateway.application.pfif.PfifReview.MatchView> received;

  public List<MatchReview> getReviews() {
    if (reviews == null) {
      reviews = linking.reviews(officer.require());
    }
    return reviews;
  }

  /** Persons received from other person-finding systems (PFIF) that may be one of the consulate's cases, still undecided. */
  public List<mx.gob.sre.mae.gateway.application.pfif.PfifReview.MatchView> getReceived() {
    if (received == null) {
      received = pfif.matches(officer.require(), false).stream().filter(m -> m.decision().equals("REVIEW")).toList();
    }
    return received;
  }

  public String sameAsReceived() {
    var m = pfif.link(officer.require(), false, reviewId);
    return done("console.matches.pfifLinked", m.personRecordId(), m.folio());
  }

  public String notSameAsReceived() {
    var m = pfif.notSame(officer.require(), false, reviewId);
    return done("console.matches.pfifNotSame", m.personRecordId(), m.folio());
  }

  /** The score as a percentage, as officers read it. */
  public String percent(double score) {
    return Math.round(score * 100) + " %";
  }

  public String same() {
    MatchReview r = linking.confirm(officer.require(), reviewId);
    return done("console.matches.linked", r.primaryCase(), r.linkedCase());
  }

  public String notSame() {
    MatchReview r = linking.reject(officer.require(), reviewId);
    return done("console.matches.notSameDone", r.primaryCase(), r.linkedCase());
  }

  /** The page again, with the decision confirmed and the queue read anew. */
  private String done(String key, String first, String second) {
    reviews = null;
    received = null;
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(Messages.text(language.getLocale(), key, first, second)));
    return null;
  }

  public long getReviewId() {
    return reviewId;
  }

  public void setReviewId(long reviewId) {
    this.reviewId = reviewId;
  }
}
