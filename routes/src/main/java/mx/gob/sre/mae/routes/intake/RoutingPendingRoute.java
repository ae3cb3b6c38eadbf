package mx.gob.sre.mae.routes.intake;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * Consumer of the routing endpoint until the routing rules and the outbox exist: it only records
 * that a case version is waiting to be routed. Replaced by the routing and delivery routes.
 */
public class RoutingPendingRoute extends RouteBuilder {

  public static final String ENDPOINT = "seda:case-routing";

  @Override
  public void configure() {
    from(ENDPOINT)
        .routeId("case-routing-pending")
        .log(
            LoggingLevel.INFO,
            "Case ${header." + CaseHandoverRoute.HEADER_FOLIO + "} v${header."
                + CaseHandoverRoute.HEADER_VERSION + "} awaits the routing rules");
  }
}
