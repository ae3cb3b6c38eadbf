package mx.gob.sre.mae.gateway.application.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

  @Test
  void aGeneratedKeyVerifiesAgainstItsStoredDigestAndNothingElseDoes() {
    ApiKeys.IssuedKey key = ApiKeys.generate();
    ApiKeys.PresentedKey presented = ApiKeys.parse(key.apiKey()).orElseThrow();
    assertEquals(key.keyId(), presented.keyId());
    assertTrue(ApiKeys.matches(presented.secret(), key.secretSha256()));
    String other = presented.secret().substring(0, 42) + (presented.secret().endsWith("A") ? "B" : "A");
    assertFalse(ApiKeys.matches(other, key.secretSha256()), "one character off");
    assertFalse(ApiKeys.matches(presented.secret(), null), "no stored key");
    assertFalse(ApiKeys.matches(null, key.secretSha256()));
  }

  @Test
  void theStoredDigestIsNotTheSecretAndKeysDoNotRepeat() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      ApiKeys.IssuedKey key = ApiKeys.generate();
      assertTrue(ids.add(key.keyId()));
      assertFalse(key.apiKey().contains(key.secretSha256()));
      assertEquals(64, key.secretSha256().length());
      assertTrue(key.apiKey().matches("mae_[0-9a-f]{16}\\.[A-Za-z0-9_-]{43}"), key.apiKey());
    }
  }

  @Test
  void refusesWhatIsNotShapedLikeAKey() {
    for (String s : new String[] {null, "", "mae_", "Bearer x", "mae_00000000000000aa", "mae_00000000000000AA.demo-los-angeles-county-medical-examiner-00",
        "mae_00000000000000aa.short", "mae_00000000000000aa.demo-los-angeles-county-medical-examiner-00x"}) {
      assertTrue(ApiKeys.parse(s).isEmpty(), String.valueOf(s));
    }
    assertTrue(ApiKeys.parse("  mae_00000000000000aa.demo-los-angeles-county-medical-examiner-00 ").isPresent(), "surrounding spaces");
    assertThrows(IllegalArgumentException.class, () -> ApiKeys.of("xyz", "short"));
  }

  @Test
  void aKnownSecretGivesAStableDigest() {
    ApiKeys.IssuedKey a = ApiKeys.of("00000000000000aa", "demo-los-angeles-county-medical-examiner-00");
    ApiKeys.IssuedKey b = ApiKeys.of("00000000000000aa", "demo-los-angeles-county-medical-examiner-00");
    assertEquals(a.secretSha256(), b.secretSha256());
    assertNotEquals(a.secretSha256(), ApiKeys.of("00000000000000ab", "demo-los-angeles-county-medical-examiner-01").secretSha256());
    // SHA-256("abc") from FIPS 180-2: the digest is the standard one
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiKeys.sha256("abc"));
  }
}
