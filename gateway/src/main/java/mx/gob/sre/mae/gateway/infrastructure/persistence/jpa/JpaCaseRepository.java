package mx.gob.sre.mae.gateway.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseFile;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseRepository;
import mx.gob.sre.mae.gateway.domain.model.cases.Folio;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;

/** Cases in the relational database (H2 or PostgreSQL). */
@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

  @PersistenceContext(unitName = "mae")
  EntityManager em;

  @Override
  public long nextFolioSerial() {
    String sql = MaeConfig.embeddedDatabase() ? "select next value for folio_seq" : "select nextval('folio_seq')";
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }

  @Override
  public void add(CaseFile caseFile) {
    em.persist(caseFile);
  }

  @Override
  public Optional<CaseFile> find(Folio folio) {
    return em.createQuery("select c from CaseFile c where c.folio = :folio", CaseFile.class)
        .setParameter("folio", folio.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<CaseFile> ofConsulate(String consulateCode, int offset, int limit) {
    return em.createQuery(
            "select c from CaseFile c where c.consulateCode = :code order by c.createdAt desc, c.id desc", CaseFile.class)
        .setParameter("code", consulateCode)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<CaseFile> changedSince(java.time.Instant since, String consulateCode, int limit) {
    String jpql = "select c from CaseFile c where 1 = 1" + (since == null ? "" : " and c.updatedAt >= :since")
        + (consulateCode == null ? "" : " and c.consulateCode = :code") + " order by c.updatedAt, c.id";
    var query = em.createQuery(jpql, CaseFile.class).setMaxResults(limit);
    if (since != null) {
      query.setParameter("since", since.atOffset(java.time.ZoneOffset.UTC));
    }
    if (consulateCode != null) {
      query.setParameter("code", consulateCode);
    }
    return query.getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(c) from CaseFile c", Long.class).getSingleResult();
  }
}
