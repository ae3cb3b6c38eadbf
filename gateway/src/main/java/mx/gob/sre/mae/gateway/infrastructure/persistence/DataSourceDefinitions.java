package mx.gob.sre.mae.gateway.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** The application's pooled, JTA-enlisted data source; what lies under it is {@link ConfiguredDataSource}. */
@DataSourceDefinition(
    name = DataSourceDefinitions.JNDI_NAME,
    className = "mx.gob.sre.mae.gateway.infrastructure.persistence.ConfiguredDataSource",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true"
    })
@ApplicationScoped
public class DataSourceDefinitions {
  public static final String JNDI_NAME = "java:app/jdbc/mae";
}
