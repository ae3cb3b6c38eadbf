package mx.gob.sre.mae.gateway.application.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessCodesTest {

  private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
  private static final String GROUP = "[" + ALPHABET + "]{4}";

  @Test
  void generatesThreeGroupsOfFourFromTheUnambiguousAlphabet() {
    for (int i = 0; i < 200; i++) {
      String code = AccessCodes.generate();
      assertTrue(code.matches(GROUP + "-" + GROUP + "-" + GROUP), code);
      assertTrue(code.chars().noneMatch(c -> "01ILO".indexOf(c) >= 0), code);
    }
  }

  @Test
  void generatesDistinctCodes() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      codes.add(AccessCodes.generate());
    }
    assertEquals(1000, codes.size());
  }

  @Test
  void matchesIgnoringCaseDashesAndSpaces() {
    String code = AccessCodes.generate();
    String stored = AccessCodes.hash(code);

    assertTrue(AccessCodes.matches(code, stored));
    assertTrue(AccessCodes.matches(code.toLowerCase(Locale.ROOT), stored));
    assertTrue(AccessCodes.matches(code.replace("-", ""), stored));
    assertTrue(AccessCodes.matches(code.replace("-", " "), stored));
    assertTrue(AccessCodes.matches("  " + code.toLowerCase(Locale.ROOT).replace("-", " - ") + "\t", stored));
  }

  @Test
  void doesNotMatchAnotherCode() {
    String code = "ABCD-EFGH-JKMN";
    String stored = AccessCodes.hash(code);

    assertFalse(AccessCodes.matches("ABCD-EFGH-JKMP", stored));
    assertFalse(AccessCodes.matches("ABCD-EFGH-JKM", stored));
    assertFalse(AccessCodes.matches("", stored));
  }

  @Test
  void doesNotMatchNull() {
    String stored = AccessCodes.hash("ABCD-EFGH-JKMN");

    assertFalse(AccessCodes.matches(null, stored));
    assertFalse(AccessCodes.matches("ABCD-EFGH-JKMN", null));
    assertFalse(AccessCodes.matches(null, null));
  }

  @Test
  void hashIsSixtyFourHexCharactersAndNotTheCode() {
    String code = AccessCodes.generate();
    String hash = AccessCodes.hash(code);

    assertTrue(hash.matches("[0-9a-f]{64}"), hash);
    assertFalse(hash.contains(code.replace("-", "")));
  }

  @Test
  void hashIsTheSameForEveryWayOfTypingTheCode() {
    assertEquals(AccessCodes.hash("ABCD-EFGH-JKMN"), AccessCodes.hash("abcd efgh jkmn"));
    assertNotEquals(AccessCodes.hash("ABCD-EFGH-JKMN"), AccessCodes.hash("ABCD-EFGH-JKMP"));
  }
}
