package mx.gob.sre.mae.gateway.application.matching;

/**
 * What a score means for a case: linked at once, put in an officer's review queue, or left alone.
 * The national register flags matches of 92–100 % similarity (seed para 212); here auto-linking also
 * needs the dates of birth (or ages) or the last-seen place to agree, so that two people who only
 * share a common name are never linked by the machine. The review default was tuned with the
 * threshold sweep of the matching benchmark: on the synthetic set, recall is flat from 0.60 to 0.85
 * (bounded by blocking) while precision rises, and 0.70 keeps recall first (a missed link splits a
 * case) with about 97 % precision in the queue.
 *
 * @param autoLinkThreshold score from which a pair is linked without an officer (default 0.92)
 * @param reviewThreshold   score from which a pair goes to the review queue (default {@value #DEFAULT_REVIEW})
 */
public record MatchPolicy(double autoLinkThreshold, double reviewThreshold) {

  public static final double DEFAULT_AUTO_LINK = 0.92;
  public static final double DEFAULT_REVIEW = 0.70;
  public static final MatchPolicy DEFAULTS = new MatchPolicy(DEFAULT_AUTO_LINK, DEFAULT_REVIEW);

  /** Below this the (aligned) first surnames are different names, not a misspelling. */
  static final double SURNAME_AGREEMENT = 0.80;

  /**
   * A machine link also needs the first surnames (as aligned by the scorer, so swapped surnames still
   * agree) to be the same name give or take a misspelling, or a confirmed CURP: a different paternal
   * surname with everything else alike is a question for an officer, never a link.
   */
  static boolean surnameAgrees(MatchResult result) {
    if (result.curpConfirmed()) {
      return true;
    }
    MatchResult.FieldScore surname = result.field("firstSurname");
    return surname == null || Double.isNaN(surname.similarity()) || surname.similarity() >= SURNAME_AGREEMENT;
  }

  /** What to do with a pair. */
  public enum Decision { AUTO_LINK, REVIEW, NO_MATCH }

  public MatchPolicy {
    if (reviewThreshold < 0 || autoLinkThreshold > 1 || reviewThreshold > autoLinkThreshold) {
      throw new IllegalArgumentException("Need 0 <= review <= auto-link <= 1, got " + reviewThreshold + " and " + autoLinkThreshold);
    }
  }

  public Decision decide(MatchResult result) {
    if (result.score() >= autoLinkThreshold && (result.dateAgrees() || result.placeAgrees()) && surnameAgrees(result)) {
      return Decision.AUTO_LINK;
    }
    return result.score() >= reviewThreshold ? Decision.REVIEW : Decision.NO_MATCH;
  }
}
