package mx.gob.sre.mae.routes.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingTableValidationTest {

  private static final List<String> ROUTING = List.of(
      "rule_id,when,recipient,description",
      "# version: 3",
      "R1,ALWAYS,CNB,national commission, always",
      "",
      "# a comment",
      "R2,STATE_KNOWN,CLB:{state},local commission");
  private static final List<String> FLAGS = List.of(
      "flag,when,description",
      "# version: 3",
      "ALBA,FEMALE_PERSON,Alba Protocol");

  private static List<String> with(List<String> lines, int lineNumber, String text) {
    List<String> changed = new ArrayList<>(lines);
    if (lineNumber > changed.size()) {
      changed.add(text);
    } else {
      changed.set(lineNumber - 1, text);
    }
    return changed;
  }

  private static InvalidRoutingTableException refusedRouting(int lineNumber, String text) {
    return assertThrows(InvalidRoutingTableException.class,
        () -> RoutingTable.parse(with(ROUTING, lineNumber, text), FLAGS));
  }

  private static void assertMessage(InvalidRoutingTableException e, String source, int line, String problem) {
    assertEquals(source, e.source());
    assertEquals(line, e.lineNumber());
    assertTrue(e.getMessage().startsWith(source + " line " + line + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(problem), e.getMessage());
  }

  @Test
  void acceptsAValidTableKeepingCommasInTheDescription() {
    var table = RoutingTable.parse(ROUTING, FLAGS);
    assertEquals("3", table.version());
    assertEquals("national commission, always", table.rules().get(0).description());
    assertEquals(List.of(new Condition(Fact.STATE_KNOWN, false)), table.rules().get(1).conditions());
  }

  @Test
  void theClasspathTableLoads() {
    assertEquals(7, RoutingTable.load().rules().size());
  }

  @Test
  void rejectsAnUnknownFact() {
    var e = refusedRouting(7, "R3,!OFFICIAL_INVOLVEMENT & MIGRANTS,FGR:UIDPM,typo");
    assertMessage(e, "routing-table.csv", 7, "unknown fact 'MIGRANTS'");
  }

  @Test
  void rejectsARowWithTooFewFields() {
    assertMessage(refusedRouting(7, "R3,ALWAYS,CNB"), "routing-table.csv", 7, "malformed row: expected 4 fields");
  }

  @Test
  void rejectsARowWithAnEmptyField() {
    assertMessage(refusedRouting(7, "R3,,CNB,no condition"), "routing-table.csv", 7, "malformed row: empty when");
  }

  @Test
  void rejectsAnEmptyTermInWhen() {
    assertMessage(refusedRouting(7, "R3,MIGRANT & ,FGR:UIDPM,dangling"), "routing-table.csv", 7, "empty term");
  }

  @Test
  void rejectsAMalformedRuleId() {
    assertMessage(refusedRouting(7, "r 3,ALWAYS,CNB,bad id"), "routing-table.csv", 7, "rule id 'r 3'");
  }

  @Test
  void rejectsADuplicateRuleId() {
    var e = refusedRouting(7, "R2,MIGRANT,FGR:UIDPM,again");
    assertMessage(e, "routing-table.csv", 7, "duplicate rule id 'R2' (first on line 6)");
  }

  @Test
  void rejectsAStateTemplateWhoseWhenDoesNotRequireAKnownState() {
    var e = refusedRouting(7, "R5,!OFFICIAL_INVOLVEMENT & !MIGRANT,FGE:{state},state prosecutor");
    assertMessage(e, "routing-table.csv", 7, "uses {state} but when '!OFFICIAL_INVOLVEMENT & !MIGRANT'");
  }

  @Test
  void acceptsNotStateUnknownAsRequiringAKnownState() {
    var table = RoutingTable.parse(with(ROUTING, 7, "R5,!STATE_UNKNOWN,FGE:{state},state prosecutor"), FLAGS);
    assertTrue(table.rules().get(2).requiresKnownState());
  }

  @Test
  void rejectsARecipientThatIsNotAnAgency() {
    assertMessage(refusedRouting(7, "R3,ALWAYS,FGR:XYZ,unknown unit"), "routing-table.csv", 7, "recipient 'FGR:XYZ'");
    assertMessage(refusedRouting(7, "R3,ALWAYS,CLB:MX-XXX,no such state"), "routing-table.csv", 7, "CLB:MX-XXX");
  }

  @Test
  void rejectsATemplateThatIsNotAnAgencyTemplate() {
    var e = refusedRouting(7, "R3,STATE_KNOWN,CNB:{state},no such kind");
    assertMessage(e, "routing-table.csv", 7, "recipient 'CNB:{state}' is neither");
  }

  @Test
  void acceptsTheReservedAgencies() {
    var table = RoutingTable.parse(with(ROUTING, 7, "R9,MIGRANT,INM,future notice"), FLAGS);
    assertEquals("INM", table.rules().get(2).recipientTemplate());
  }

  @Test
  void rejectsATableWithoutTheVersionLine() {
    assertMessage(refusedRouting(2, "# versio 3"), "routing-table.csv", 2, "missing version line");
    var headerOnly = assertThrows(InvalidRoutingTableException.class,
        () -> RoutingTable.parse(List.of(ROUTING.get(0)), FLAGS));
    assertMessage(headerOnly, "routing-table.csv", 2, "missing version line");
  }

  @Test
  void rejectsASecondVersionLine() {
    assertMessage(refusedRouting(7, "# version: 4"), "routing-table.csv", 7, "a second version line");
  }

  @Test
  void rejectsAWrongOrMissingHeader() {
    assertMessage(refusedRouting(1, "id,when,to,description"), "routing-table.csv", 1, "expected the header");
    var empty = assertThrows(InvalidRoutingTableException.class, () -> RoutingTable.parse(List.of(), FLAGS));
    assertMessage(empty, "routing-table.csv", 1, "expected the header");
  }

  @Test
  void rejectsFlagsOfAnotherVersion() {
    var e = assertThrows(InvalidRoutingTableException.class,
        () -> RoutingTable.parse(ROUTING, with(FLAGS, 2, "# version: 2")));
    assertMessage(e, "flags.csv", 2, "version 2 differs from routing-table.csv version 3");
  }

  @Test
  void rejectsAnUnknownFactInAFlag() {
    var e = assertThrows(InvalidRoutingTableException.class,
        () -> RoutingTable.parse(ROUTING, with(FLAGS, 4, "CHILD,UNDER_18,minor")));
    assertMessage(e, "flags.csv", 4, "unknown fact 'UNDER_18'");
  }

  @Test
  void rejectsADuplicateFlag() {
    var e = assertThrows(InvalidRoutingTableException.class,
        () -> RoutingTable.parse(ROUTING, with(FLAGS, 4, "ALBA,MINOR_PERSON,again")));
    assertMessage(e, "flags.csv", 4, "duplicate flag 'ALBA' (first on line 3)");
  }

  @Test
  void rejectsNegatedAlways() {
    assertMessage(refusedRouting(7, "R3,!ALWAYS,CNB,never"), "routing-table.csv", 7, "never holds");
  }
}
