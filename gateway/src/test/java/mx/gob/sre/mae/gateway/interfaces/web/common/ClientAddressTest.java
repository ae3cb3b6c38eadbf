package mx.gob.sre.mae.gateway.interfaces.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private final ClientAddress behindProxy = new ClientAddress("10.0.0.5, 10.1.0.0/16, ::1");

  @Test
  void aClientCannotChooseItsAddressWithoutATrustedProxy() {
    assertEquals("203.0.113.9", new ClientAddress("").of("203.0.113.9", "1.2.3.4"));
    assertEquals("203.0.113.9", behindProxy.of("203.0.113.9", "1.2.3.4"));
  }

  @Test
  void readsForwardedForFromTheRightSkippingOurOwnProxies() {
    assertEquals("198.51.100.4", behindProxy.of("10.0.0.5", "198.51.100.4"));
    assertEquals("198.51.100.4", behindProxy.of("10.0.0.5", "6.6.6.6, 198.51.100.4, 10.1.2.3"), "a forged left entry is ignored");
    assertEquals("198.51.100.4", behindProxy.of("0:0:0:0:0:0:0:1", "198.51.100.4"));
    assertEquals("10.0.0.5", behindProxy.of("10.0.0.5", "not-an-address"), "garbage stops at the proxy");
  }

  @Test
  void neverResolvesNamesAndRefusesBadConfiguration() {
    assertNull(ClientAddress.literal("example.org"));
    assertTrue(behindProxy.isTrusted("10.1.255.1"));
    assertFalse(behindProxy.isTrusted("10.2.0.1"));
    assertThrows(IllegalArgumentException.class, () -> new ClientAddress("proxy.internal"));
  }
}
