package mx.gob.sre.mae.gateway.domain.model.matching;

import java.util.List;
import java.util.Optional;

/** Link decisions and the review queue. */
public interface CaseLinkRepository {

  void add(CaseLink link);

  /** Every decision about a case, as primary or linked, oldest first. */
  List<CaseLink> of(String folio);

  /** The latest decision on the pair, in either order. */
  Optional<CaseLink> latest(String folioA, String folioB);

  void add(MatchReview review);

  Optional<MatchReview> review(long id);

  Optional<MatchReview> review(String primaryCase, String linkedCase);

  List<MatchReview> openReviews(String consulateCode);
}
