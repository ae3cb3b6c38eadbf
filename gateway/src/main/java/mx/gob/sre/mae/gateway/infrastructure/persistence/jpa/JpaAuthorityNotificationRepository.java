package mx.gob.sre.mae.gateway.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import mx.gob.sre.mae.gateway.domain.model.authority.AuthorityNotification;
import mx.gob.sre.mae.gateway.domain.model.authority.AuthorityNotificationRepository;
import mx.gob.sre.mae.gateway.domain.model.authority.NotificationReference;
import mx.gob.sre.mae.gateway.domain.model.authority.NotificationStatus;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;

/** Authority notifications in the relational database. */
@ApplicationScoped
public class JpaAuthorityNotificationRepository implements AuthorityNotificationRepository {

  @PersistenceContext(unitName = "mae")
  EntityManager em;

  @Override
  public long nextReferenceSerial() {
    String sql = MaeConfig.embeddedDatabase() ? "select next value for authority_notification_ref_seq"
        : "select nextval('authority_notification_ref_seq')";
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }

  @Override
  public void add(AuthorityNotification notification) {
    em.persist(notification);
    // the unique (authority, reference) constraint speaks now, inside the request, not at commit
    em.flush();
  }

  @Override
  public Optional<AuthorityNotification> find(NotificationReference reference) {
    return em.createQuery("select n from AuthorityNotification n where n.reference = :r", AuthorityNotification.class)
        .setParameter("r", reference.value()).getResultStream().findFirst();
  }

  @Override
  public Optional<AuthorityNotification> byAuthorityReference(long authorityId, String authorityReference) {
    return em.createQuery("select n from AuthorityNotification n where n.authority.id = :a and n.authorityReference = :r",
            AuthorityNotification.class)
        .setParameter("a", authorityId).setParameter("r", authorityReference).getResultStream().findFirst();
  }

  @Override
  public List<AuthorityNotification> ofConsulate(String consulateCode, NotificationStatus status, int limit) {
    var query = em.createQuery("select n from AuthorityNotification n where n.consulateCode = :c"
        + (status == null ? "" : " and n.status = :s") + " order by n.receivedAt desc, n.id desc", AuthorityNotification.class)
        .setParameter("c", consulateCode);
    if (status != null) {
      query.setParameter("s", status);
    }
    return query.setMaxResults(limit).getResultList();
  }
}
