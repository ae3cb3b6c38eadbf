package mx.gob.sre.mae.gateway.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductionSafetyCheckTest {

  @Test
  void demoDataOnAnExternalDatabaseNeedsTheExplicitFlag() {
    List<String> refused = ProductionSafetyCheck.configurationProblems(true, true, false, Optional.empty());
    assertEquals(1, refused.size());
    assertTrue(refused.get(0).contains("MAE_ALLOW_DEMO_DATA"), refused.get(0));
    assertEquals(List.of(), ProductionSafetyCheck.configurationProblems(true, true, true, Optional.empty()), "test database");
    assertEquals(List.of(), ProductionSafetyCheck.configurationProblems(false, true, false, Optional.empty()), "embedded default");
    assertEquals(List.of(), ProductionSafetyCheck.configurationProblems(true, false, false, Optional.empty()), "production");
  }

  @Test
  void demoAccountsLeftInAnExternalDatabaseAreRefused() {
    assertTrue(ProductionSafetyCheck.accountProblems(true, false, 72).get(0).contains("72 demo account(s)"));
    assertEquals(List.of(), ProductionSafetyCheck.accountProblems(true, true, 72));
    assertEquals(List.of(), ProductionSafetyCheck.accountProblems(true, false, 0));
    assertTrue(ProductionSafetyCheck.demoKeyProblems(false, 1).get(0).contains("1 unrevoked demo key(s)"));
    assertEquals(List.of(), ProductionSafetyCheck.demoKeyProblems(true, 1));
    assertEquals(List.of(), ProductionSafetyCheck.demoKeyProblems(false, 0));
  }

  @Test
  void aToyTwilioTokenIsRefusedEverywhere() {
    assertTrue(ProductionSafetyCheck.configurationProblems(false, true, false, Optional.of("changeme")).get(0).contains("MAE_TWILIO_AUTH_TOKEN"));
    assertEquals(List.of(), ProductionSafetyCheck.configurationProblems(false, true, false, Optional.of("0123456789abcdef0123456789abcdef")));
    assertEquals(List.of(), ProductionSafetyCheck.configurationProblems(false, true, false, Optional.of(" ")));
  }
}
