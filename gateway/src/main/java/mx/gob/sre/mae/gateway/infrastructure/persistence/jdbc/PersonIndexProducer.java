package mx.gob.sre.mae.gateway.infrastructure.persistence.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;
import mx.gob.sre.mae.gateway.application.matching.PersonIndex;
import mx.gob.sre.mae.gateway.infrastructure.persistence.DataSourceDefinitions;

/** Binds the matching engine's person index to the application's database. */
@ApplicationScoped
public class PersonIndexProducer {

  @Resource(lookup = DataSourceDefinitions.JNDI_NAME)
  DataSource dataSource;

  @Produces
  @ApplicationScoped
  PersonIndex personIndex() {
    return new JdbcPersonIndex(dataSource);
  }
}
