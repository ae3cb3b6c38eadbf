package mx.gob.sre.mae.gateway.infrastructure.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseRepository;
import mx.gob.sre.mae.gateway.infrastructure.camel.CamelBootstrap;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready means: the database answers and Camel runs its routes. */
@ApplicationScoped
public class ReadinessChecks {

  @Inject CaseRepository cases;
  @Inject CamelBootstrap camel;

  @Produces
  @Readiness
  HealthCheck database() {
    return () -> {
      try {
        long count = cases.count();
        return HealthCheckResponse.named("database")
            .up()
            .withData("kind", MaeConfig.embeddedDatabase() ? "h2" : "postgresql")
            .withData("cases", count)
            .build();
      } catch (RuntimeException e) {
        return HealthCheckResponse.named("database").down().withData("error", e.getClass().getSimpleName()).build();
      }
    };
  }

  @Produces
  @Readiness
  HealthCheck camel() {
    return () ->
        HealthCheckResponse.named("camel")
            .status(camel.started())
            .withData("routes", camel.routes())
            .withData("handedOver", camel.ledger().handedOver())
            .withData("lastHandedOver", String.valueOf(camel.ledger().last()))
            .build();
  }
}
