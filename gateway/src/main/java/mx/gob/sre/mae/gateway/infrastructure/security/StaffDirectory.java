package mx.gob.sre.mae.gateway.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import mx.gob.sre.mae.gateway.domain.model.people.Officer;

/** Staff accounts as officers: who they are and which consulate they act for. */
@ApplicationScoped
public class StaffDirectory {

  @PersistenceContext(unitName = "mae")
  EntityManager em;

  public Optional<Officer> officer(String username) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("select username, display_name, role, consulate_code, agency_code from app_user where username = ?1 and enabled = true")
            .setParameter(1, username)
            .getResultList();
    return rows.stream().findFirst().map(r -> new Officer((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]));
  }
}
