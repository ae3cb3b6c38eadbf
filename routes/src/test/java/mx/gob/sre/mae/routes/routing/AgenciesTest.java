package mx.gob.sre.mae.routes.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class AgenciesTest {

  @Test
  void listsSixtySevenDistinctValidAgencies() {
    assertEquals(68, Agencies.all().size());
    assertEquals(68, new HashSet<>(Agencies.all()).size());
    assertTrue(Agencies.all().contains("FGR:FORENSIC"), "deaths notified by foreign authorities are routed to it (R6)");
    assertTrue(Agencies.all().stream().allMatch(Agencies::isValid));
    assertEquals(32, Agencies.all().stream().filter(code -> code.startsWith("CLB:MX-")).count());
    assertEquals(32, Agencies.all().stream().filter(code -> code.startsWith("FGE:MX-")).count());
  }

  @Test
  void acceptsTheReservedAgencyWithoutListingIt() {
    assertTrue(Agencies.isValid("INM"));
    assertFalse(Agencies.all().contains("INM"));
  }

  @Test
  void rejectsUnknownCodes() {
    for (String code : new String[] {null, "", "cnb", "CLB", "CLB:MX-XXX", "FGE:VER", "FGR", "FGR:OTHER", " CNB"}) {
      assertFalse(Agencies.isValid(code), String.valueOf(code));
    }
  }

  @Test
  void mapsCodesToUsernames() {
    assertEquals("cnb", Agencies.username("CNB"));
    assertEquals("clb.mx-chp", Agencies.username("CLB:MX-CHP"));
    assertEquals("fgr.uidpm", Agencies.username("FGR:UIDPM"));
    assertEquals("fge.mx-ver", Agencies.username("FGE:MX-VER"));
    assertEquals("inm", Agencies.username("INM"));
    assertThrows(IllegalArgumentException.class, () -> Agencies.username("CLB:MX-XXX"));
  }

  @Test
  void searchCommissionsGetRegisterSubmissionsAndProsecutorsComplaints() {
    assertEquals(RecipientFormat.REGISTER_SUBMISSION, Agencies.format("CNB"));
    assertEquals(RecipientFormat.REGISTER_SUBMISSION, Agencies.format("CLB:MX-CHP"));
    assertEquals(RecipientFormat.COMPLAINT, Agencies.format("FGR:UIDPM"));
    assertEquals(RecipientFormat.COMPLAINT, Agencies.format("FGR:FEIDDF"));
    assertEquals(RecipientFormat.COMPLAINT, Agencies.format("FGR:FORENSIC"));
    assertEquals(RecipientFormat.COMPLAINT, Agencies.format("FGE:MX-GRO"));
    assertEquals(RecipientFormat.NOTICE, Agencies.format("INM"));
    assertThrows(IllegalArgumentException.class, () -> Agencies.format("FGR:XYZ"));
  }

  @Test
  void everyListedAgencyHasAUniqueUsername() {
    assertEquals(68, Agencies.all().stream().map(Agencies::username).distinct().count());
  }
}
