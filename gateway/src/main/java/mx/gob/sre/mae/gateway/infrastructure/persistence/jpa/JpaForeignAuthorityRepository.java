package mx.gob.sre.mae.gateway.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import mx.gob.sre.mae.gateway.domain.model.authority.AuthorityApiKey;
import mx.gob.sre.mae.gateway.domain.model.authority.ForeignAuthority;
import mx.gob.sre.mae.gateway.domain.model.authority.ForeignAuthorityRepository;

/** Foreign authorities and their API keys in the relational database. */
@ApplicationScoped
public class JpaForeignAuthorityRepository implements ForeignAuthorityRepository {

  @PersistenceContext(unitName = "mae")
  EntityManager em;

  @Override
  public void add(ForeignAuthority authority) {
    em.persist(authority);
    em.flush();
  }

  @Override
  public Optional<ForeignAuthority> find(long id) {
    return Optional.ofNullable(em.find(ForeignAuthority.class, id));
  }

  @Override
  public List<ForeignAuthority> ofConsulate(String consulateCode) {
    var query = em.createQuery("select a from ForeignAuthority a" + (consulateCode == null ? "" : " where a.consulateCode = :c")
        + " order by a.consulateCode, a.name, a.id", ForeignAuthority.class);
    if (consulateCode != null) {
      query.setParameter("c", consulateCode);
    }
    return query.getResultList();
  }

  @Override
  public Optional<AuthorityApiKey> key(String keyId) {
    return em.createQuery("select k from AuthorityApiKey k where k.keyId = :id", AuthorityApiKey.class)
        .setParameter("id", keyId).getResultStream().findFirst();
  }

  @Override
  public Optional<ForeignAuthority> byCertificate(String sha256) {
    return em.createQuery("select a from ForeignAuthority a where a.certificateSha256 = :fp and a.active = true", ForeignAuthority.class)
        .setParameter("fp", sha256).getResultStream().findFirst();
  }

  @Override
  public List<ForeignAuthority> byContactEmail(String consulateCode, String email) {
    String address = email.strip().toLowerCase(java.util.Locale.ROOT);
    return em.createQuery("select a from ForeignAuthority a where a.consulateCode = :c and a.active = true", ForeignAuthority.class)
        .setParameter("c", consulateCode).getResultStream()
        .filter(a -> a.contactEmails().contains(address))
        .toList();
  }
}
