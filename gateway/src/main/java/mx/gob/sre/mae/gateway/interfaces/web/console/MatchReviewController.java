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
 * (both cases get a version, routed as updates) or "not the same" (never proposed again).
 */
@Named
@RequestScoped
public class MatchReviewController {

  @Inject CaseLinking linking;
  @Inject CurrentOfficer officer;
  @Inject LanguageSelector language;

  private long reviewId;
  private List<MatchReview> reviews;

  public List<MatchReview> getReviews() {
    if (reviews == null) {
      reviews = linking.reviews(officer.require());
    }
    return reviews;
  }

  /** The score as a percentage, as officers read it. */
  public String percent(double score) {
    return Math.round(score * 100) + " %";
  }

  public String same() {
    MatchReview r = linking.confirm(officer.require(), reviewId);
    return done("console.matches.linked", r);
  }

  public String notSame() {
    MatchReview r = linking.reject(officer.require(), reviewId);
    return done("console.matches.notSameDone", r);
  }

  /** The page again, with the decision confirmed and the queue read anew. */
  private String done(String key, MatchReview r) {
    reviews = null;
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(Messages.text(language.getLocale(), key, r.primaryCase(), r.linkedCase())));
    return null;
  }

  public long getReviewId() {
    return reviewId;
  }

  public void setReviewId(long reviewId) {
    this.reviewId = reviewId;
  }
}
