package mx.gob.sre.mae.gateway.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import mx.gob.sre.mae.gateway.domain.model.support.SupportReference;
import mx.gob.sre.mae.gateway.domain.model.support.SupportRequest;
import mx.gob.sre.mae.gateway.domain.model.support.SupportRequestRepository;
import mx.gob.sre.mae.gateway.domain.model.support.SupportStatus;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;

/** Support requests in the relational database (H2 or PostgreSQL). */
@ApplicationScoped
public class JpaSupportRequestRepository implements SupportRequestRepository {

  @PersistenceContext(unitName = "mae")
  EntityManager em;

  @Override
  public long nextReferenceSerial() {
    String sql = MaeConfig.embeddedDatabase() ? "select next value for support_reference_seq" : "select nextval('support_reference_seq')";
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }

  @Override
  public void add(SupportRequest request) {
    em.persist(request);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public Optional<SupportRequest> find(SupportReference reference) {
    return em.createQuery("select r from SupportRequest r where r.reference = :ref", SupportRequest.class)
        .setParameter("ref", reference.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<SupportRequest> ofConsulate(String consulateCode, int offset, int limit) {
    return em.createQuery("select r from SupportRequest r where r.consulateCode = :c order by r.createdAt desc, r.id desc",
            SupportRequest.class)
        .setParameter("c", consulateCode)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<SupportRequest> ofAgency(String agencyCode, int offset, int limit) {
    String where = agencyCode == null ? "" : " where r.requestingAgency = :a";
    var query = em.createQuery("select r from SupportRequest r" + where + " order by r.createdAt desc, r.id desc", SupportRequest.class);
    if (agencyCode != null) {
      query.setParameter("a", agencyCode);
    }
    return query.setFirstResult(offset).setMaxResults(limit).getResultList();
  }

  @Override
  public List<SupportRequest> overdue(Instant now, int limit) {
    return em.createQuery("select r from SupportRequest r where r.status in :open and r.escalatedAt is null and r.dueAt < :now"
            + " order by r.dueAt, r.id", SupportRequest.class)
        .setParameter("open", List.of(SupportStatus.REQUESTED, SupportStatus.ASSIGNED, SupportStatus.IN_PROGRESS))
        .setParameter("now", now.atOffset(ZoneOffset.UTC))
        .setMaxResults(limit)
        .getResultList();
  }
}
