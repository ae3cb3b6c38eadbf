package mx.gob.sre.mae.routes.intake;

import mx.gob.sre.mae.routes.canonical.CanonicalCase;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * Where a committed case version enters Camel. The gateway sends a {@link CanonicalCase} to {@link
 * #ENDPOINT} only after the transaction that stored it has committed; this route stamps the folio
 * and version on the message and passes it on to the routing endpoint.
 */
public class CaseHandoverRoute extends RouteBuilder {

  public static final String ENDPOINT = "direct:case-accepted";
  public static final String ROUTE_ID = "case-accepted-handover";
  public static final String HEADER_FOLIO = "maeFolio";
  public static final String HEADER_VERSION = "maeCaseVersion";

  private final String routingEndpoint;
  private final HandoverLedger ledger;

  public CaseHandoverRoute(String routingEndpoint, HandoverLedger ledger) {
    this.routingEndpoint = routingEndpoint;
    this.ledger = ledger;
  }

  @Override
  public void configure() {
    from(ENDPOINT)
        .routeId(ROUTE_ID)
        .process(
            exchange -> {
              CanonicalCase c = exchange.getMessage().getMandatoryBody(CanonicalCase.class);
              exchange.getMessage().setHeader(HEADER_FOLIO, c.folio());
              exchange.getMessage().setHeader(HEADER_VERSION, c.version());
              ledger.record(c.folio(), c.version());
            })
        .log(LoggingLevel.INFO, "Case ${header." + HEADER_FOLIO + "} v${header." + HEADER_VERSION + "} handed over")
        .to(routingEndpoint);
  }
}
