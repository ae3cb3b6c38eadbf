package mx.gob.sre.mae.routes.routing;

import static mx.gob.sre.mae.routes.routing.CaseBuilder.aCase;
import static mx.gob.sre.mae.routes.routing.CaseBuilder.aPerson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import mx.gob.sre.mae.routes.canonical.CanonicalCase;
import org.junit.jupiter.api.Test;

class RoutingTableDecisionTest {

  static final LocalDate TODAY = LocalDate.of(2026, 10, 20);
  private final RoutingTable table = RoutingTable.load();

  private RoutingDecision decide(CanonicalCase c) {
    return table.decide(c, TODAY);
  }

  @Test
  void loadsVersionTwoWithRulesInTableOrder() {
    assertEquals("2", table.version());
    assertEquals(List.of("R1", "R2", "R3", "R4a", "R4b", "R5", "R6"), table.rules().stream().map(RoutingRule::id).toList());
    assertEquals(List.of("ALBA", "CHILD"), table.flagRules().stream().map(FlagRule::flag).toList());
  }

  @Test
  void r1SendsEveryCaseToTheNationalSearchCommission() {
    var official = aCase().officialInvolvement(true).with(aPerson().nationality("HN").lastSeenIn(null)).build();
    assertEquals("CNB", decide(aCase().build()).recipients().get(0));
    assertEquals("CNB", decide(official).recipients().get(0));
    assertTrue(decide(official).matchedRuleIds().contains("R1"));
  }

  @Test
  void r2SendsToTheLocalSearchCommissionOfTheStateLastSeen() {
    var decision = decide(aCase().with(aPerson().lastSeenIn("MX-SON")).build());
    assertTrue(decision.recipients().contains("CLB:MX-SON"));
    assertTrue(decision.matchedRuleIds().contains("R2"));
  }

  @Test
  void r2SendsToNoLocalCommissionWhenTheStateIsUnknown() {
    var decision = decide(aCase().with(aPerson().lastSeenIn(null)).build());
    assertTrue(decision.recipients().stream().noneMatch(code -> code.startsWith("CLB:")));
  }

  @Test
  void r3SendsSuspectedOfficialInvolvementToTheEnforcedDisappearanceProsecutor() {
    var decision = decide(aCase().officialInvolvement(true).build());
    assertTrue(decision.recipients().contains("FGR:FEIDDF"));
    assertTrue(decision.matchedRuleIds().contains("R3"));
  }

  @Test
  void r4SendsAForeignNationalToTheMigrantsUnit() {
    var decision = decide(aCase().with(aPerson().nationality("SV").lastSeenIn("MX-TAM")).build());
    assertEquals(List.of("CNB", "CLB:MX-TAM", "FGR:UIDPM"), decision.recipients());
    assertTrue(decision.matchedRuleIds().contains("R4a"));
  }

  @Test
  void r4SendsAMexicanInMigrationToTheMigrantsUnit() {
    var decision = decide(aCase().with(aPerson().inMigration(true).lastSeenIn("MX-SON")).build());
    assertEquals(List.of("CNB", "CLB:MX-SON", "FGR:UIDPM"), decision.recipients());
  }

  @Test
  void r4SendsACaseWithNoKnownStateToTheMigrantsUnit() {
    var decision = decide(aCase().with(aPerson().lastSeenIn(null)).build());
    assertEquals(List.of("CNB", "FGR:UIDPM"), decision.recipients());
    assertEquals(List.of("R1", "R4b"), decision.matchedRuleIds());
  }

  @Test
  void r4TreatsAStateThatIsNotAnMxStateCodeAsUnknown() {
    var decision = decide(aCase().with(aPerson().lastSeenIn("Veracruz")).build());
    assertEquals(List.of("CNB", "FGR:UIDPM"), decision.recipients());
  }

  @Test
  void r4TakesAPersonWithNoNationalityAndNotInMigrationAsNoMigrant() {
    var decision = decide(aCase().with(aPerson().nationality(null).lastSeenIn("MX-PUE")).build());
    assertEquals(List.of("CNB", "CLB:MX-PUE", "FGE:MX-PUE"), decision.recipients());
  }

  @Test
  void r5SendsAMexicanWithNoOfficialInvolvementToTheStateProsecutor() {
    var decision = decide(aCase().with(aPerson().lastSeenIn("MX-VER")).build());
    assertEquals(List.of("CNB", "CLB:MX-VER", "FGE:MX-VER"), decision.recipients());
    assertEquals(List.of("R1", "R2", "R5"), decision.matchedRuleIds());
    assertEquals(Set.of(), decision.flags());
  }

  @Test
  void referenceCaseGuatemalanWomanInChiapasGoesToTheMigrantsUnitNotTheStateProsecutor() {
    var decision =
        decide(aCase().with(aPerson().nationality("GT").sex("F").lastSeenIn("MX-CHP")).build());
    assertEquals(List.of("CNB", "CLB:MX-CHP", "FGR:UIDPM"), decision.recipients());
    assertEquals(Set.of("ALBA"), decision.flags());
    assertEquals(List.of("R1", "R2", "R4a"), decision.matchedRuleIds());
  }

  @Test
  void officialInvolvementWithAMexicanInGuerreroGoesToTheSpecialProsecutorNotTheStateProsecutor() {
    var decision = decide(aCase().officialInvolvement(true).with(aPerson().lastSeenIn("MX-GRO")).build());
    assertEquals(List.of("CNB", "CLB:MX-GRO", "FGR:FEIDDF"), decision.recipients());
  }

  @Test
  void twoPersonsInTwoStatesReachBothStatesCommissionsAndProsecutors() {
    var decision = decide(aCase()
        .with(aPerson().lastSeenIn("MX-JAL"))
        .with(aPerson().sex("F").lastSeenIn("MX-MIC"))
        .build());
    assertEquals(List.of("CNB", "CLB:MX-JAL", "CLB:MX-MIC", "FGE:MX-JAL", "FGE:MX-MIC"), decision.recipients());
    assertEquals(Set.of("ALBA"), decision.flags());
  }

  @Test
  void twoPersonsInOneStateReachThatStateOnce() {
    var decision = decide(aCase().with(aPerson().lastSeenIn("MX-NLE")).with(aPerson().lastSeenIn("MX-NLE")).build());
    assertEquals(List.of("CNB", "CLB:MX-NLE", "FGE:MX-NLE"), decision.recipients());
  }

  @Test
  void oneMigrantAmongTwoPersonsSendsTheWholeCaseToTheMigrantsUnit() {
    var decision = decide(aCase()
        .with(aPerson().lastSeenIn("MX-OAX"))
        .with(aPerson().nationality("HN").lastSeenIn("MX-VER"))
        .build());
    assertEquals(List.of("CNB", "CLB:MX-OAX", "CLB:MX-VER", "FGR:UIDPM"), decision.recipients());
  }

  @Test
  void ordersRecipientsCnbThenClbThenFgrThenFgeWhateverTheRowOrder() {
    var reversed = RoutingTable.parse(
        List.of(
            RoutingTableParser.ROUTING_HEADER,
            "# version: 7",
            "X5,STATE_KNOWN,FGE:{state},state prosecutor",
            "X4,ALWAYS,FGR:UIDPM,migrants unit",
            "X3,ALWAYS,FGR:FEIDDF,special prosecutor",
            "X2,STATE_KNOWN,CLB:{state},local commission",
            "X1,ALWAYS,CNB,national commission"),
        List.of(RoutingTableParser.FLAGS_HEADER, "# version: 7"));
    var decision = reversed.decide(aCase().with(aPerson().lastSeenIn("MX-YUC")).build(), TODAY);
    assertEquals(
        List.of("CNB", "CLB:MX-YUC", "FGR:UIDPM", "FGR:FEIDDF", "FGE:MX-YUC"), decision.recipients());
    assertEquals(List.of("X5", "X4", "X3", "X2", "X1"), decision.matchedRuleIds());
  }

  @Test
  void albaFlagsACaseWithAMissingWoman() {
    assertEquals(Set.of("ALBA"), decide(aCase().with(aPerson().sex("F")).build()).flags());
    assertFalse(decide(aCase().with(aPerson().sex("X")).build()).flags().contains("ALBA"));
  }

  @Test
  void childFlagsAPersonWhoWas17WhenLastSeenThoughNow18() {
    var person = aPerson().bornOn(LocalDate.of(2008, 10, 10)).lastSeenOn(LocalDate.of(2026, 10, 2));
    assertEquals(Set.of("CHILD"), decide(aCase().with(person).build()).flags());
  }

  @Test
  void childDoesNotFlagAPersonWhoTurned18OnTheDayLastSeen() {
    var person = aPerson().bornOn(LocalDate.of(2008, 10, 2)).lastSeenOn(LocalDate.of(2026, 10, 2));
    assertEquals(Set.of(), decide(aCase().with(person).build()).flags());
  }

  @Test
  void childUsesTodayWhenTheLastSeenDateIsUnknown() {
    var person = aPerson().bornOn(LocalDate.of(2008, 10, 10)).lastSeenOn(null);
    var c = aCase().with(person).build();
    assertEquals(Set.of("CHILD"), table.decide(c, LocalDate.of(2026, 10, 9)).flags());
    assertEquals(Set.of(), table.decide(c, LocalDate.of(2026, 10, 10)).flags());
  }

  @Test
  void childFallsBackToTheApproximateAgeWithoutADateOfBirth() {
    assertEquals(Set.of("CHILD"), decide(aCase().with(aPerson().approximateAge(15)).build()).flags());
    assertEquals(Set.of(), decide(aCase().with(aPerson().approximateAge(18)).build()).flags());
    assertEquals(Set.of(), decide(aCase().with(aPerson().approximateAge(null)).build()).flags());
  }

  @Test
  void aGirlCarriesBothFlags() {
    var girl = aPerson().sex("F").approximateAge(12);
    assertEquals(Set.of("ALBA", "CHILD"), decide(aCase().with(girl).build()).flags());
  }
}
