package mx.gob.sre.mae.gateway.application.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Auto-link needs a high score and agreement on date of birth or place: never a name alone. */
class MatchPolicyTest {

  private static MatchResult result(double score, boolean date, boolean place) {
    return new MatchResult(score, 0, List.of(), date, place, false);
  }

  @Test
  void defaults() {
    assertEquals(0.92, MatchPolicy.DEFAULTS.autoLinkThreshold());
    assertEquals(MatchPolicy.DEFAULT_REVIEW, MatchPolicy.DEFAULTS.reviewThreshold());
  }

  @Test
  void aHighScoreWithoutDateOrPlaceAgreementIsOnlyReviewed() {
    assertEquals(MatchPolicy.Decision.REVIEW, MatchPolicy.DEFAULTS.decide(result(0.999, false, false)));
    assertEquals(MatchPolicy.Decision.AUTO_LINK, MatchPolicy.DEFAULTS.decide(result(0.95, true, false)));
    assertEquals(MatchPolicy.Decision.AUTO_LINK, MatchPolicy.DEFAULTS.decide(result(0.95, false, true)));
    assertEquals(MatchPolicy.Decision.REVIEW, MatchPolicy.DEFAULTS.decide(result(0.91, true, true)));
    assertEquals(MatchPolicy.Decision.NO_MATCH, MatchPolicy.DEFAULTS.decide(result(0.1, true, true)));
  }

  @Test
  void identicalNamesAloneNeverAutoLinkEvenWithALowThreshold() {
    PersonRecord a = new PersonRecord(1, "F-1", "Juan", "Hernández", "López", "M", null, null, null, null, null, null, "MX", null, null, null);
    PersonRecord b = new PersonRecord(2, "F-2", "Juan", "Hernández", "López", "M", null, null, null, null, null, null, "MX", null, null, null);
    MatchResult r = new MatchScorer().score(a, b);
    MatchPolicy permissive = new MatchPolicy(0.01, 0.01);
    assertEquals(MatchPolicy.Decision.REVIEW, permissive.decide(r));
    assertEquals(MatchPolicy.Decision.REVIEW, new PersonMatcher(index(a), new MatchScorer(), permissive, 10).rank(b).get(0).decision());
  }

  @Test
  void thresholdsMustBeOrdered() {
    assertThrows(IllegalArgumentException.class, () -> new MatchPolicy(0.5, 0.9));
  }

  private static PersonIndex index(PersonRecord... persons) {
    InMemoryPersonIndex index = new InMemoryPersonIndex();
    index.addAll(List.of(persons));
    return index;
  }
}
