package mx.gob.sre.mae.gateway.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import mx.gob.sre.mae.gateway.domain.model.visa.VisaReference;
import mx.gob.sre.mae.gateway.domain.model.visa.VisaRequest;
import mx.gob.sre.mae.gateway.domain.model.visa.VisaRequestRepository;
import mx.gob.sre.mae.gateway.domain.model.visa.VisaStatus;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;

/** Humanitarian visa requests in the relational database (H2 or PostgreSQL). */
@ApplicationScoped
public class JpaVisaRequestRepository implements VisaRequestRepository {

  @PersistenceContext(unitName = "mae")
  EntityManager em;

  @Override
  public long nextReferenceSerial() {
    String sql = MaeConfig.embeddedDatabase() ? "select next value for visa_reference_seq" : "select nextval('visa_reference_seq')";
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }

  @Override
  public void add(VisaRequest request) {
    em.persist(request);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public Optional<VisaRequest> find(VisaReference reference) {
    return em.createQuery("select r from VisaRequest r where r.reference = :ref", VisaRequest.class)
        .setParameter("ref", reference.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<VisaRequest> ofConsulate(String consulateCode, VisaStatus status, int offset, int limit) {
    var query = em.createQuery("select r from VisaRequest r where r.consulateCode = :c"
            + (status == null ? "" : " and r.status = :s") + " order by r.createdAt desc, r.id desc", VisaRequest.class)
        .setParameter("c", consulateCode);
    if (status != null) {
      query.setParameter("s", status);
    }
    return query
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Timing> timings() {
    return em.createQuery("select r.consulateCode, r.status, r.createdAt, r.decidedAt from VisaRequest r", Object[].class)
        .getResultList().stream()
        .map(row -> new Timing((String) row[0], (VisaStatus) row[1],
            ((java.time.OffsetDateTime) row[2]).toInstant(),
            ((VisaStatus) row[1]).isFinal() && row[3] != null ? ((java.time.OffsetDateTime) row[3]).toInstant() : null))
        .toList();
  }
}
