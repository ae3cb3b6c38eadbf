package mx.gob.sre.mae.gateway.application.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mx.gob.sre.mae.gateway.domain.model.people.Officer;
import org.junit.jupiter.api.Test;

class AuthorityRegistryTest {

  @Test
  void acceptsACertificateFingerprintAsToolsPrintIt() {
    String hex = "ab".repeat(32);
    assertEquals(hex, AuthorityRegistry.fingerprint(hex.toUpperCase()));
    assertEquals(hex, AuthorityRegistry.fingerprint(String.join(":", hex.toUpperCase().split("(?<=\\G..)"))), "openssl's AB:CD:… form");
    assertNull(AuthorityRegistry.fingerprint("ab".repeat(20)), "a SHA-1 fingerprint is not enough");
    assertNull(AuthorityRegistry.fingerprint("zz".repeat(32)));
    assertNull(AuthorityRegistry.fingerprint("  "));
  }

  @Test
  void onlyTheAdministratorActsForEveryConsulate() {
    assertTrue(AuthorityRegistry.isAdministrator(new Officer("admin", "Admin", "administrator", "MAE-CENTRAL", null)));
    assertFalse(AuthorityRegistry.isAdministrator(new Officer("lax.supervisor", "Sup", "consular-supervisor", "LAX", null)));
  }
}
