package mx.gob.sre.mae.gateway.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import mx.gob.sre.mae.gateway.domain.model.mail.ReceivedEmail;
import mx.gob.sre.mae.gateway.domain.model.mail.ReceivedEmailRepository;

/** Received emails through JPA; the unique message_key makes a second insert of one email fail. */
@ApplicationScoped
public class JpaReceivedEmailRepository implements ReceivedEmailRepository {

  @PersistenceContext(unitName = "mae")
  EntityManager em;

  @Override
  public boolean contains(String messageKey) {
    return em.createQuery("select count(e) from ReceivedEmail e where e.messageKey = :k", Long.class)
        .setParameter("k", messageKey).getSingleResult() > 0;
  }

  @Override
  public void add(ReceivedEmail email) {
    em.persist(email);
    em.flush();
  }

  @Override
  public Optional<ReceivedEmail> find(long id) {
    return Optional.ofNullable(em.find(ReceivedEmail.class, id));
  }

  @Override
  public List<ReceivedEmail> withOutcome(String consulateCode, String outcome, int limit) {
    return em.createQuery("select e from ReceivedEmail e where e.consulateCode = :c and e.outcome = :o order by e.receivedAt desc",
            ReceivedEmail.class)
        .setParameter("c", consulateCode).setParameter("o", outcome).setMaxResults(limit).getResultList();
  }
}
