package mx.gob.sre.mae.gateway.infrastructure.config;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import mx.gob.sre.mae.routes.routing.RoutingTable;

/** Loads and validates the routing table and the recipients' channels at start-up: bad data stops the deployment. */
@ApplicationScoped
public class RoutingConfiguration {

  private static final Logger LOG = Logger.getLogger(RoutingConfiguration.class.getName());

  @Inject ConfiguredRecipientDirectory recipients;

  private RoutingTable table;

  void validate(@Observes @Priority(50) @Initialized(ApplicationScoped.class) Object start) {
    table = RoutingTable.load();
    recipients.validate();
    LOG.info(() -> "Routing table version " + table.version() + " with " + table.rules().size() + " rules loaded and validated");
  }

  @Produces
  RoutingTable table() {
    if (table == null) {
      table = RoutingTable.load();
    }
    return table;
  }
}
