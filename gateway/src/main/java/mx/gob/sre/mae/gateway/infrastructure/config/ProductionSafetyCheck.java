package mx.gob.sre.mae.gateway.infrastructure.config;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import mx.gob.sre.mae.gateway.infrastructure.persistence.DataSourceDefinitions;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses to start a gateway that would serve real families with demo accounts or toy secrets.
 *
 * <p>The rule: an external database (MAE_DB_URL set) is treated as production. There, start-up
 * stops when MAE_DEMO_DATA=true, or when app_user holds accounts marked demo (password "demo"),
 * unless MAE_ALLOW_DEMO_DATA=true says this database is a test or benchmark one. Anywhere, a Twilio
 * auth token shorter than 16 characters stops it (webhook secrets are checked the same way by
 * {@link ConfiguredRecipientDirectory}). A refusal is one SEVERE log line naming every problem and a
 * failed deployment: never a half-working application.
 */
@ApplicationScoped
public class ProductionSafetyCheck {

  private static final Logger LOG = Logger.getLogger(ProductionSafetyCheck.class.getName());

  static final int MIN_SECRET_LENGTH = 16;

  @Resource(lookup = DataSourceDefinitions.JNDI_NAME)
  DataSource dataSource;

  /** Before the routing table and the database migration: configuration alone is enough to refuse. */
  void checkConfiguration(@Observes @Priority(40) @Initialized(ApplicationScoped.class) Object start) {
    refuseIfAny(configurationProblems(!MaeConfig.embeddedDatabase(), MaeConfig.demoData(), allowDemoData(),
        ConfigProvider.getConfig(getClass().getClassLoader()).getOptionalValue("MAE_TWILIO_AUTH_TOKEN", String.class)));
  }

  /** After the migration (100), before the demo seeder (200): demo accounts left in a production database. */
  void checkAccounts(@Observes @Priority(150) @Initialized(ApplicationScoped.class) Object start) {
    if (!MaeConfig.embeddedDatabase()) {
      List<String> problems = new ArrayList<>(accountProblems(true, allowDemoData(), demoAccounts()));
      problems.addAll(demoKeyProblems(allowDemoData(), count("select count(*) from authority_api_key where created_by = 'demo' and revoked_at is null")));
      refuseIfAny(problems);
    }
  }

  static boolean allowDemoData() {
    return Boolean.parseBoolean(MaeConfig.ALLOW_DEMO_DATA.get());
  }

  static List<String> configurationProblems(boolean externalDatabase, boolean demoData, boolean allowDemo, Optional<String> twilioToken) {
    List<String> problems = new ArrayList<>();
    if (externalDatabase && demoData && !allowDemo) {
      problems.add("MAE_DEMO_DATA=true on an external database (MAE_DB_URL) would create staff accounts with the password 'demo';"
          + " set MAE_ALLOW_DEMO_DATA=true only on a test or benchmark database");
    }
    twilioToken.map(String::strip).filter(t -> !t.isEmpty() && t.length() < MIN_SECRET_LENGTH).ifPresent(t ->
        problems.add("MAE_TWILIO_AUTH_TOKEN has " + t.length() + " characters; a real token has 32 (at least " + MIN_SECRET_LENGTH + " required)"));
    return problems;
  }

  static List<String> accountProblems(boolean externalDatabase, boolean allowDemo, long demoAccounts) {
    if (externalDatabase && !allowDemo && demoAccounts > 0) {
      return List.of("app_user holds " + demoAccounts + " demo account(s) with the password 'demo' (demo = true) in an external"
          + " database; delete them (delete from app_user where demo) or set MAE_ALLOW_DEMO_DATA=true on a test database");
    }
    return List.of();
  }

  /** The demo foreign authority's API key has a published secret: it must not work on a production database. */
  static List<String> demoKeyProblems(boolean allowDemo, long demoKeys) {
    if (!allowDemo && demoKeys > 0) {
      return List.of("authority_api_key holds " + demoKeys + " unrevoked demo key(s) whose secret is published in the README"
          + " (created_by = 'demo'); revoke them (update authority_api_key set revoked_at = now(), revoked_by = 'admin'"
          + " where created_by = 'demo') or set MAE_ALLOW_DEMO_DATA=true on a test database");
    }
    return List.of();
  }

  private long demoAccounts() {
    return count("select count(*) from app_user where demo = true");
  }

  private long count(String sql) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not check the database for demo data: " + sql, e);
    }
  }

  private static void refuseIfAny(List<String> problems) {
    if (!problems.isEmpty()) {
      String message = "REFUSING TO START the MAE gateway: " + String.join("; ", problems);
      LOG.severe(message);
      throw new UnsafeConfigurationException(message);
    }
  }

  /** Start-up refused: the deployment fails with this message. */
  public static class UnsafeConfigurationException extends RuntimeException {
    public UnsafeConfigurationException(String message) {
      super(message);
    }
  }
}
