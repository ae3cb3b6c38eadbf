package mx.gob.sre.mae.gateway.application.matching;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Blocking keys: one mistake never hides a second report on every key. */
class MatchBlockingKeysTest {

  private static final PersonRecord JUAN = MatchScorerTest.juan();

  private static boolean shareAKey(PersonRecord a, PersonRecord b) {
    Set<String> keys = new HashSet<>(BlockingKeys.of(a));
    keys.retainAll(BlockingKeys.of(b));
    return !keys.isEmpty();
  }

  @Test
  void secondReportsWithOneMistakeShareAKey() {
    LocalDate dob = JUAN.dateOfBirth();
    assertTrue(shareAKey(JUAN, MatchScorerTest.with(JUAN, "Juan", "Hrenández", "López", dob, null)), "typo in the first surname");
    assertTrue(shareAKey(JUAN, MatchScorerTest.with(JUAN, "Jaun", "Hernández", "López", dob, null)), "typo in the given name");
    assertTrue(shareAKey(JUAN, MatchScorerTest.with(JUAN, "Juan", "López", "Hernández", dob, null)), "surnames swapped");
    assertTrue(shareAKey(JUAN, MatchScorerTest.with(JUAN, "Juan", "López", null, dob, null)), "only the second surname");
    assertTrue(shareAKey(JUAN, MatchScorerTest.with(JUAN, "Juan", "Hernandez", "Lopes", LocalDate.of(1998, 12, 4), null)), "date swapped");
    assertTrue(shareAKey(JUAN, new PersonRecord(9, "F", "Juan", "Ernandez", "Lopez", "M", null, 28, 2026, null, null, null, null, "MX-VER", null,
        null)), "age instead of date, sound-alike surname");
  }

  @Test
  void keysComeFromCurpNamesDatesAndStateAndDifferentPeopleDoNotShareThem() {
    Set<String> keys = BlockingKeys.of(JUAN);
    assertTrue(keys.contains("c:" + MatchScorerTest.CURP));
    assertTrue(keys.stream().anyMatch(k -> k.startsWith("s:") && k.endsWith("|MX-VER")));
    assertFalse(shareAKey(JUAN, MatchScorerTest.with(JUAN, "Pedro", "Ramírez", "Soto", LocalDate.of(1975, 2, 1), null)));
    assertTrue(BlockingKeys.of(NameNormalizerTest.person("Juan", null, null)).isEmpty());
  }
}
