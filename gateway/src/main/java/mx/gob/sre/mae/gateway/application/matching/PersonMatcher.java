package mx.gob.sre.mae.gateway.application.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the persons already reported who may be {@code probe}: candidates from the index by blocking
 * keys, each scored and explained, ranked best first, with the policy's decision. This is what
 * intake and the match endpoint call; linking, the review queue and remembered "not the same"
 * decisions are the caller's.
 */
public final class PersonMatcher {

  /** Default number of candidates read from the index per request. */
  public static final int DEFAULT_CANDIDATE_LIMIT = 200;

  private final PersonIndex index;
  private final MatchScorer scorer;
  private final MatchPolicy policy;
  private final int candidateLimit;

  /** A possible match: the indexed person, how alike, and what to do. */
  public record Candidate(PersonRecord person, MatchResult result, MatchPolicy.Decision decision) { }

  public PersonMatcher(PersonIndex index) {
    this(index, new MatchScorer(), MatchPolicy.DEFAULTS, DEFAULT_CANDIDATE_LIMIT);
  }

  public PersonMatcher(PersonIndex index, MatchScorer scorer, MatchPolicy policy, int candidateLimit) {
    this.index = index;
    this.scorer = scorer;
    this.policy = policy;
    this.candidateLimit = candidateLimit;
  }

  /** Every candidate, scored and ranked (best first), the probe itself (same id) left out. */
  public List<Candidate> rank(PersonRecord probe) {
    List<Candidate> ranked = new ArrayList<>();
    for (PersonRecord candidate : index.candidates(probe, candidateLimit)) {
      if (candidate.id() != probe.id()) {
        MatchResult result = scorer.score(probe, candidate);
        ranked.add(new Candidate(candidate, result, policy.decide(result)));
      }
    }
    ranked.sort(Comparator.comparingDouble((Candidate c) -> c.result().score()).reversed());
    return ranked;
  }

  /** The candidates worth an officer's look or a link (REVIEW or AUTO_LINK), best first. */
  public List<Candidate> match(PersonRecord probe) {
    return rank(probe).stream().filter(c -> c.decision() != MatchPolicy.Decision.NO_MATCH).toList();
  }

  public MatchPolicy policy() {
    return policy;
  }
}
