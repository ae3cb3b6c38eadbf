package mx.gob.sre.mae.routes.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.gob.sre.mae.routes.canonical.CanonicalCase;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

class CaseHandoverRouteTest extends CamelTestSupport {

  private final HandoverLedger ledger = new HandoverLedger();

  @Override
  protected RoutesBuilder createRouteBuilder() {
    return new CaseHandoverRoute("mock:routing", ledger);
  }

  @Test
  void stampsFolioAndVersionAndPassesTheCaseToRouting() throws Exception {
    MockEndpoint routing = getMockEndpoint("mock:routing");
    routing.expectedMessageCount(1);
    routing.expectedHeaderReceived(CaseHandoverRoute.HEADER_FOLIO, "MAE-2026-000007");
    routing.expectedHeaderReceived(CaseHandoverRoute.HEADER_VERSION, 2);

    template.sendBody(CaseHandoverRoute.ENDPOINT, sampleCase("MAE-2026-000007", 2));

    routing.assertIsSatisfied();
    assertEquals(1, ledger.handedOver());
    assertEquals("MAE-2026-000007/v2", ledger.last());
  }

  @Test
  void refusesAMessageThatIsNotACanonicalCase() {
    assertThrows(CamelExecutionException.class, () -> template.sendBody(CaseHandoverRoute.ENDPOINT, 42));
    assertEquals(0, ledger.handedOver());
  }

  static CanonicalCase sampleCase(String folio, int version) {
    var person =
        new CanonicalCase.MissingPerson(
            "José Luis", "Hernández", "López", "M", LocalDate.of(1998, 4, 12), null, "MX", null, false,
            LocalDate.of(2026, 10, 2), "Coatzacoalcos", "MX-VER", "1.70 m");
    return new CanonicalCase(
        CanonicalCase.SCHEMA_VERSION, folio, version, "API", "LAX", "en", Instant.now(),
        CanonicalCase.Reporter.withoutIdentity("ANONYMOUS"), List.of(person), "circumstances", false,
        List.of(), List.of(), List.of(), java.util.Map.of());
  }
}
