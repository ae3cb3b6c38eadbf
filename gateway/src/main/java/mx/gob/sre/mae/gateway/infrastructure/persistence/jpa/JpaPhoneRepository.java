package mx.gob.sre.mae.gateway.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import mx.gob.sre.mae.gateway.domain.model.phone.PhoneCall;
import mx.gob.sre.mae.gateway.domain.model.phone.PhoneConversation;
import mx.gob.sre.mae.gateway.domain.model.phone.PhoneMessage;
import mx.gob.sre.mae.gateway.domain.model.phone.PhoneRepository;

/** Phone messages, conversations and calls through JPA. */
@ApplicationScoped
public class JpaPhoneRepository implements PhoneRepository {

  @PersistenceContext(unitName = "mae")
  EntityManager em;

  @Override
  public Optional<PhoneMessage> message(String providerSid) {
    return em.createQuery("select m from PhoneMessage m where m.providerSid = :s", PhoneMessage.class)
        .setParameter("s", providerSid).getResultStream().findFirst();
  }

  @Override
  public void add(PhoneMessage message) {
    em.persist(message);
    em.flush();
  }

  @Override
  public Optional<PhoneConversation> conversationWith(String channel, String address) {
    // one conversation per channel and number (a unique index); locked so two messages take turns
    return em.createQuery("select c from PhoneConversation c where c.channel = :ch and c.address = :a", PhoneConversation.class)
        .setParameter("ch", channel).setParameter("a", address).setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream().findFirst();
  }

  @Override
  public void add(PhoneConversation conversation) {
    em.persist(conversation);
  }

  @Override
  public List<PhoneConversation> idleSince(Instant before, int limit) {
    return em.createQuery("select c from PhoneConversation c where c.open = true and c.lastInboundAt < :b order by c.id", PhoneConversation.class)
        .setParameter("b", OffsetDateTime.ofInstant(before, ZoneOffset.UTC)).setMaxResults(limit).getResultList();
  }

  @Override
  public Optional<PhoneConversation> conversation(long id) {
    return Optional.ofNullable(em.find(PhoneConversation.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<PhoneCall> call(String callSid) {
    return em.createQuery("select c from PhoneCall c where c.callSid = :s", PhoneCall.class)
        .setParameter("s", callSid).getResultStream().findFirst();
  }

  @Override
  public void add(PhoneCall call) {
    em.persist(call);
    em.flush();
  }

  @Override
  public List<PhoneCall> awaitingRecording(int limit) {
    return em.createQuery("select c from PhoneCall c where c.status = :s order by c.id", PhoneCall.class)
        .setParameter("s", PhoneCall.Status.RECORDED).setMaxResults(limit).getResultList();
  }

  @Override
  public List<PhoneCall> callbacksDue(String consulateCode) {
    return em.createQuery("select c from PhoneCall c where c.consulateCode = :k and c.callbackRequested = true"
            + " and c.callbackDoneAt is null order by c.id", PhoneCall.class)
        .setParameter("k", consulateCode).getResultList();
  }

  @Override
  public List<PhoneMessage> recentMessages(String consulateCode, int limit) {
    return em.createQuery("select m from PhoneMessage m where m.consulateCode = :k order by m.id desc", PhoneMessage.class)
        .setParameter("k", consulateCode).setMaxResults(limit).getResultList();
  }
}
