package mx.gob.sre.mae.gateway.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import mx.gob.sre.mae.gateway.domain.model.delivery.Delivery;
import mx.gob.sre.mae.gateway.domain.model.delivery.DeliveryRepository;
import mx.gob.sre.mae.gateway.domain.model.delivery.DeliveryStatus;

/** Outbox rows through JPA (queueing, reading, acknowledging, replaying); claims are JDBC. */
@ApplicationScoped
public class JpaDeliveryRepository implements DeliveryRepository {

  @PersistenceContext(unitName = "mae")
  EntityManager em;

  @Override
  public void add(Delivery delivery) {
    em.persist(delivery);
  }

  @Override
  public Optional<Delivery> find(long id) {
    return Optional.ofNullable(em.find(Delivery.class, id));
  }

  @Override
  public List<Delivery> ofCase(long caseId) {
    return em.createQuery("select d from Delivery d where d.caseId = :c order by d.caseVersion, d.id", Delivery.class)
        .setParameter("c", caseId)
        .getResultList();
  }

  @Override
  public List<String> recipientsOf(long caseId) {
    return em.createQuery("select distinct d.recipient from Delivery d where d.caseId = :c", String.class)
        .setParameter("c", caseId)
        .getResultList();
  }

  @Override
  public List<Delivery> deliveredTo(String recipient, int offset, int limit) {
    return em.createQuery(
            "select d from Delivery d where d.recipient = :r and d.status = :s order by d.deliveredAt desc, d.id desc", Delivery.class)
        .setParameter("r", recipient)
        .setParameter("s", DeliveryStatus.DELIVERED)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Delivery> withStatus(DeliveryStatus status, int limit) {
    return em.createQuery("select d from Delivery d where d.status = :s order by d.id", Delivery.class)
        .setParameter("s", status)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Delivery> visaNoticesOf(String reference) {
    return ofKind(Delivery.KIND_VISA_NOTICE, reference);
  }

  @Override
  public List<Delivery> supportResultsOf(String reference) {
    return ofKind(Delivery.KIND_SUPPORT_RESULT, reference);
  }

  private List<Delivery> ofKind(String kind, String reference) {
    return em.createQuery("select d from Delivery d where d.kind = :k and d.folio = :r order by d.id", Delivery.class)
        .setParameter("k", kind)
        .setParameter("r", reference)
        .getResultList();
  }
}
