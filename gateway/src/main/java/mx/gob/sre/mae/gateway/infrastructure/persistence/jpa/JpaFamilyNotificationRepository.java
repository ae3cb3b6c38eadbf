package mx.gob.sre.mae.gateway.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mx.gob.sre.mae.gateway.domain.model.notify.FamilyMessageStatus;
import mx.gob.sre.mae.gateway.domain.model.notify.FamilyNotification;
import mx.gob.sre.mae.gateway.domain.model.notify.FamilyNotificationRepository;
import mx.gob.sre.mae.gateway.domain.model.notify.PhoneConsent;

/** Messages to families and phone consents through JPA. */
@ApplicationScoped
public class JpaFamilyNotificationRepository implements FamilyNotificationRepository {

  @PersistenceContext(unitName = "mae")
  EntityManager em;

  @Override
  public void add(FamilyNotification notification) {
    em.persist(notification);
  }

  @Override
  public boolean containsKey(String messageKey) {
    return em.createQuery("select count(n) from FamilyNotification n where n.messageKey = :k", Long.class)
        .setParameter("k", messageKey).getSingleResult() > 0;
  }

  @Override
  public Optional<FamilyNotification> find(long id) {
    return Optional.ofNullable(em.find(FamilyNotification.class, id));
  }

  @Override
  public List<FamilyNotification> withStatus(FamilyMessageStatus status, int limit) {
    return em.createQuery("select n from FamilyNotification n where n.status = :s order by n.id", FamilyNotification.class)
        .setParameter("s", status).setMaxResults(limit).getResultList();
  }

  @Override
  public List<FamilyNotification> ofConsulate(String consulateCode, int limit) {
    return em.createQuery("select n from FamilyNotification n where n.consulateCode = :c order by n.id desc", FamilyNotification.class)
        .setParameter("c", consulateCode).setMaxResults(limit).getResultList();
  }

  @Override
  public List<FamilyNotification> ofCase(String folio) {
    return em.createQuery("select n from FamilyNotification n where n.folio = :f order by n.id", FamilyNotification.class)
        .setParameter("f", folio).getResultList();
  }

  @Override
  public void recordConsent(String channel, String address, boolean optedIn, String source, Instant at) {
    em.persist(new PhoneConsent(channel, address, optedIn, source, at));
  }

  @Override
  public boolean optedOut(String channel, String address) {
    List<PhoneConsent> latest = em.createQuery(
            "select p from PhoneConsent p where p.channel = :c and p.address = :a order by p.recordedAt desc, p.id desc", PhoneConsent.class)
        .setParameter("c", channel).setParameter("a", address).setMaxResults(1).getResultList();
    return !latest.isEmpty() && PhoneConsent.STOP.equals(latest.get(0).action());
  }

  @Override
  public int recordProviderStatus(String providerReference, String status, String error, Instant at) {
    var update = em.createNativeQuery("update family_message set provider_status = ?1, provider_status_at = ?2"
            + (error == null ? "" : ", last_error = ?3") + " where provider_ref = ?4")
        .setParameter(1, status).setParameter(2, java.sql.Timestamp.from(at)).setParameter(4, providerReference);
    if (error != null) {
      update.setParameter(3, error);
    }
    return update.executeUpdate();
  }
}
