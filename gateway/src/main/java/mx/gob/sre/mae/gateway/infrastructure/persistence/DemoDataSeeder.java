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
import java.util.EnumSet;
import mx.gob.sre.mae.gateway.application.authority.ApiKeys;
import mx.gob.sre.mae.gateway.application.authority.AuthorityRegistry;
import mx.gob.sre.mae.gateway.domain.model.authority.AuthorityKind;
import mx.gob.sre.mae.gateway.domain.model.authority.ForeignAuthority;
import mx.gob.sre.mae.gateway.domain.model.authority.NotificationType;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;
import mx.gob.sre.mae.gateway.infrastructure.security.PasswordHashing;
import mx.gob.sre.mae.gateway.infrastructure.security.Roles;
import mx.gob.sre.mae.routes.routing.Agencies;

/**
 * Demo staff accounts (password "demo") for the embedded default only, so a newcomer can sign in.
 * Off unless MAE_DEMO_DATA is true or the embedded H2 database is in use; marked demo=true.
 */
@ApplicationScoped
public class DemoDataSeeder {

  private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());

  record DemoUser(String username, String displayName, String role, String consulate, String agency) {
    DemoUser(String username, String displayName, String role, String consulate) {
      this(username, displayName, role, consulate, null);
    }
  }

  /**
   * Every agency of the routing table, and the National Institute of Migration (it receives
   * humanitarian visa notices), gets one demo account: username = code, lower case, ':' as '.'.
   */
  static List<DemoUser> all() {
    List<DemoUser> all = new java.util.ArrayList<>(USERS);
    List<String> agencies = new java.util.ArrayList<>(Agencies.all());
    agencies.add(Agencies.INM);
    for (String agency : agencies) {
      all.add(new DemoUser(Agencies.username(agency), agency + " (demo)", Roles.AGENCY, null, agency));
    }
    return all;
  }

  static final List<DemoUser> USERS =
      List.of(
          new DemoUser("lax.oficial", "Laura Ávila (demo), Los Ángeles", Roles.OFFICER, "LAX"),
          new DemoUser("lax.supervisor", "Ricardo Núñez (demo), Los Ángeles", Roles.SUPERVISOR, "LAX"),
          new DemoUser("gua.oficial", "Marta Xol (demo), Guatemala", Roles.OFFICER, "GUA"),
          new DemoUser("mad.oficial", "Iker Salas (demo), Madrid", Roles.OFFICER, "MAD"),
          new DemoUser("admin", "Administración (demo)", Roles.ADMINISTRATOR, "MAE-CENTRAL"),
          new DemoUser("auditor", "Auditoría (demo)", Roles.AUDITOR, "MAE-CENTRAL"));

  /**
   * The demo foreign authority's API key (embedded default only; README shows it in a curl example).
   * Its secret is public, which is why it exists only with demo data.
   */
  public static final ApiKeys.IssuedKey DEMO_AUTHORITY_KEY = ApiKeys.of("00000000000000aa", "demo-los-angeles-county-medical-examiner-00");
  static final String DEMO_AUTHORITY = "Los Angeles County Medical Examiner (demo)";

  @PersistenceContext(unitName = "mae")
  EntityManager em;

  @Inject PasswordHashing hashing;
  @Inject AuthorityRegistry registry;

  @Transactional
  void seed(@Observes @Priority(200) @Initialized(ApplicationScoped.class) Object start) {
    if (!MaeConfig.demoData()) {
      return;
    }
    @SuppressWarnings("unchecked")
    java.util.Set<String> existing = new java.util.HashSet<>(em.createNativeQuery("select username from app_user").getResultList());
    List<DemoUser> users = all();
    List<DemoUser> missing = users.stream().filter(u -> !existing.contains(u.username())).toList();
    // one PBKDF2 run for all new demo accounts, none at all on a restart: start-up stays fast
    String demoHash = missing.isEmpty() ? null : hashing.hash("demo");
    for (DemoUser u : missing) {
      em.createNativeQuery(
              "insert into app_user (username, password_hash, display_name, role, consulate_code, agency_code, enabled, demo, created_at)"
                  + " values (?1, ?2, ?3, ?4, ?5, ?7, true, true, ?6)")
          .setParameter(1, u.username())
          .setParameter(2, demoHash)
          .setParameter(3, u.displayName())
          .setParameter(4, u.role())
          .setParameter(5, u.consulate())
          .setParameter(6, java.sql.Timestamp.from(Instant.now()))
          .setParameter(7, u.agency())
          .executeUpdate();
    }
    seedAuthority();
    LOG.warning(() -> "Demo data is ON: " + users.size() + " demo staff accounts with password 'demo' (" + missing.size()
        + " created now). Never enable MAE_DEMO_DATA in production.");
  }

  /** One demo foreign authority notifying Los Ángeles, with a key whose secret is public. */
  private void seedAuthority() {
    ForeignAuthority authority = em.createQuery("select a from ForeignAuthority a where a.name = :n", ForeignAuthority.class)
        .setParameter("n", DEMO_AUTHORITY).getResultStream().findFirst().orElse(null);
    if (authority == null) {
      authority = ForeignAuthority.register("LAX", DEMO_AUTHORITY, "US", AuthorityKind.MEDICAL_EXAMINER,
          List.of("me@coroner.example.org"), EnumSet.complementOf(EnumSet.of(NotificationType.UNKNOWN)), null, "demo", Instant.now());
      em.persist(authority);
    }
    registry.addKnownKey(authority, DEMO_AUTHORITY_KEY, "demo");
    LOG.warning(() -> "Demo foreign authority '" + DEMO_AUTHORITY + "' (LAX) has the API key " + DEMO_AUTHORITY_KEY.apiKey()
        + " (public: demo data only)");
  }
}
