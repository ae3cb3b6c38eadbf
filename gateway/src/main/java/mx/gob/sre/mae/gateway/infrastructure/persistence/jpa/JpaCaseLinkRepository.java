package mx.gob.sre.mae.gateway.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import mx.gob.sre.mae.gateway.domain.model.matching.CaseLink;
import mx.gob.sre.mae.gateway.domain.model.matching.CaseLinkRepository;
import mx.gob.sre.mae.gateway.domain.model.matching.MatchReview;

/** Link decisions and reviews through JPA. */
@ApplicationScoped
public class JpaCaseLinkRepository implements CaseLinkRepository {

  @PersistenceContext(unitName = "mae")
  EntityManager em;

  @Override
  public void add(CaseLink link) {
    em.persist(link);
  }

  @Override
  public List<CaseLink> of(String folio) {
    return em.createQuery("select l from CaseLink l where l.primaryCase = :f or l.linkedCase = :f order by l.decidedAt, l.id", CaseLink.class)
        .setParameter("f", folio).getResultList();
  }

  @Override
  public Optional<CaseLink> latest(String folioA, String folioB) {
    return em.createQuery("select l from CaseLink l where (l.primaryCase = :a and l.linkedCase = :b)"
            + " or (l.primaryCase = :b and l.linkedCase = :a) order by l.decidedAt desc, l.id desc", CaseLink.class)
        .setParameter("a", folioA).setParameter("b", folioB).setMaxResults(1).getResultStream().findFirst();
  }

  @Override
  public void add(MatchReview review) {
    em.persist(review);
  }

  @Override
  public Optional<MatchReview> review(long id) {
    return Optional.ofNullable(em.find(MatchReview.class, id));
  }

  @Override
  public Optional<MatchReview> review(String primaryCase, String linkedCase) {
    return em.createQuery("select r from MatchReview r where r.primaryCase = :p and r.linkedCase = :l", MatchReview.class)
        .setParameter("p", primaryCase).setParameter("l", linkedCase).getResultStream().findFirst();
  }

  @Override
  public List<MatchReview> openReviews(String consulateCode) {
    return em.createQuery("select r from MatchReview r where r.consulateCode = :c and r.status = :s order by r.score desc, r.id",
            MatchReview.class)
        .setParameter("c", consulateCode).setParameter("s", MatchReview.Status.OPEN).getResultList();
  }
}
