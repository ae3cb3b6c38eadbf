package mx.gob.sre.mae.gateway.infrastructure.persistence;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;
import mx.gob.sre.mae.gateway.infrastructure.security.PasswordHashing;
import mx.gob.sre.mae.gateway.infrastructure.security.Roles;

/**
 * Demo staff accounts (password "demo") for the embedded default only, so a newcomer can sign in.
 * Off unless MAE_DEMO_DATA is true or the embedded H2 database is in use; marked demo=true.
 */
@ApplicationScoped
public class DemoDataSeeder {

  private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());

  record DemoUser(String username, String displayName, String role, String consulate) {}

  static final List<DemoUser> USERS =
      List.of(
          new DemoUser("lax.oficial", "Laura Ávila (demo), Los Ángeles", Roles.OFFICER, "LAX"),
          new DemoUser("lax.supervisor", "Ricardo Núñez (demo), Los Ángeles", Roles.SUPERVISOR, "LAX"),
          new DemoUser("gua.oficial", "Marta Xol (demo), Guatemala", Roles.OFFICER, "GUA"),
          new DemoUser("mad.oficial", "Iker Salas (demo), Madrid", Roles.OFFICER, "MAD"),
          new DemoUser("admin", "Administración (demo)", Roles.ADMINISTRATOR, "MAE-CENTRAL"));

  @PersistenceContext(unitName = "mae")
  EntityManager em;

  @Inject PasswordHashing hashing;

  @Transactional
  void seed(@Observes @Priority(200) @Initialized(ApplicationScoped.class) Object start) {
    if (!MaeConfig.demoData()) {
      return;
    }
    int added = 0;
    for (DemoUser u : USERS) {
      Number existing = (Number) em.createNativeQuery("select count(*) from app_user where username = ?1")
          .setParameter(1, u.username()).getSingleResult();
      if (existing.intValue() == 0) {
        em.createNativeQuery(
                "insert into app_user (username, password_hash, display_name, role, consulate_code, enabled, demo, created_at)"
                    + " values (?1, ?2, ?3, ?4, ?5, true, true, ?6)")
            .setParameter(1, u.username())
            .setParameter(2, hashing.hash("demo"))
            .setParameter(3, u.displayName())
            .setParameter(4, u.role())
            .setParameter(5, u.consulate())
            .setParameter(6, java.sql.Timestamp.from(Instant.now()))
            .executeUpdate();
        added++;
      }
    }
    int seeded = added;
    LOG.warning(() -> "Demo data is ON: " + USERS.size() + " demo staff accounts with password 'demo' (" + seeded
        + " created now). Never enable MAE_DEMO_DATA in production.");
  }
}
