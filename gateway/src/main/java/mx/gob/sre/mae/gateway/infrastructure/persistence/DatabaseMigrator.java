package mx.gob.sre.mae.gateway.infrastructure.persistence;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import javax.sql.DataSource;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway before anything else touches the database. Migrations
 * common to H2 and PostgreSQL live in db/migration/common, vendor-specific ones in db/migration/h2 and
 * db/migration/postgresql (version numbers are shared: each vendor folder has every vendor version).
 */
@ApplicationScoped
public class DatabaseMigrator {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = DataSourceDefinitions.JNDI_NAME)
  DataSource dataSource;

  void migrate(@Observes @Priority(100) @Initialized(ApplicationScoped.class) Object start) {
    String vendor = MaeConfig.embeddedDatabase() ? "h2" : "postgresql";
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
            .failOnMissingLocations(true)
            .load()
            .migrate();
    LOG.info(() -> "Database " + (MaeConfig.embeddedDatabase() ? "H2 (embedded, " + MaeConfig.dataDir() + ")" : "PostgreSQL")
        + " at schema version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migration(s) applied now)");
  }
}
