package mx.gob.sre.mae.gateway.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import mx.gob.sre.mae.gateway.domain.model.consulate.Consulate;
import mx.gob.sre.mae.gateway.domain.model.consulate.ConsulateRepository;

/** The consular network as stored (reference data from db/migration, extended by administrators). */
@ApplicationScoped
public class JpaConsulateRepository implements ConsulateRepository {

  @PersistenceContext(unitName = "mae")
  EntityManager em;

  @Override
  public Optional<Consulate> find(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(em.find(Consulate.class, code));
  }

  @Override
  public List<Consulate> all() {
    return em.createQuery("select c from Consulate c order by c.name", Consulate.class).getResultList();
  }
}
