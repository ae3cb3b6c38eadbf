package mx.gob.sre.mae.routes.routing;

import static mx.gob.sre.mae.routes.routing.CaseBuilder.aCase;
import static mx.gob.sre.mae.routes.routing.CaseBuilder.aPerson;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every combination of official involvement × migrant × state known × sex, with the exact recipients. */
class RoutingCombinationsTest {

  private static final RoutingTable TABLE = RoutingTable.load();

  @ParameterizedTest(name = "official={0} migrant={1} stateKnown={2} sex={3} -> {4} {5}")
  @CsvSource(delimiter = ';', nullValues = "-", textBlock = """
      false; false; true;  M; CNB CLB:MX-OAX FGE:MX-OAX;                  -
      false; false; true;  F; CNB CLB:MX-OAX FGE:MX-OAX;                  ALBA
      false; false; false; M; CNB FGR:UIDPM;                              -
      false; false; false; F; CNB FGR:UIDPM;                              ALBA
      false; true;  true;  M; CNB CLB:MX-OAX FGR:UIDPM;                   -
      false; true;  true;  F; CNB CLB:MX-OAX FGR:UIDPM;                   ALBA
      false; true;  false; M; CNB FGR:UIDPM;                              -
      false; true;  false; F; CNB FGR:UIDPM;                              ALBA
      true;  false; true;  M; CNB CLB:MX-OAX FGR:FEIDDF;                  -
      true;  false; true;  F; CNB CLB:MX-OAX FGR:FEIDDF;                  ALBA
      true;  false; false; M; CNB FGR:FEIDDF FGR:UIDPM;                   -
      true;  false; false; F; CNB FGR:FEIDDF FGR:UIDPM;                   ALBA
      true;  true;  true;  M; CNB CLB:MX-OAX FGR:FEIDDF FGR:UIDPM;        -
      true;  true;  true;  F; CNB CLB:MX-OAX FGR:FEIDDF FGR:UIDPM;        ALBA
      true;  true;  false; M; CNB FGR:FEIDDF FGR:UIDPM;                   -
      true;  true;  false; F; CNB FGR:FEIDDF FGR:UIDPM;                   ALBA
      """)
  void routesEachCombinationToExactlyTheseAgencies(
      boolean official, boolean migrant, boolean stateKnown, String sex, String recipients, String flag) {
    var person = aPerson()
        .sex(sex)
        .nationality(migrant ? "HN" : "MX")
        .lastSeenIn(stateKnown ? "MX-OAX" : null);
    var decision = TABLE.decide(aCase().officialInvolvement(official).with(person).build(), LocalDate.of(2026, 10, 20));
    assertEquals(Arrays.asList(recipients.split(" +")), decision.recipients());
    assertEquals(flag == null ? Set.of() : Set.of(flag), decision.flags());
  }
}
