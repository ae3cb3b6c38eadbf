package mx.gob.sre.mae.gateway.application.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The pair MatchingApiIT files (the same man reported twice, accent dropped and second surname
 * misspelt, the second report without a place) is linked whatever surname the family has.
 */
class RepeatReportDecisionTest {

  @Test
  void aRepeatReportWithAccentDroppedAndSecondSurnameMisspeltIsLinkedForAnySurname() {
    Random random = new Random(42);
    List<String> missed = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String surname = surname(random);
      PersonRecord first = new PersonRecord(1, "MAE-2026-000001", "José Luis", surname, "López", "M", LocalDate.of(1998, 4, 12), null,
          2026, null, null, null, "MX", "MX-VER", "Coatzacoalcos", null);
      PersonRecord second = new PersonRecord(2, "MAE-2026-000002", "Jose Luis", surname, "Lopes", "M", LocalDate.of(1998, 4, 12), null,
          2026, null, null, null, "MX", "MX-VER", null, null);
      InMemoryPersonIndex index = new InMemoryPersonIndex();
      index.add(first);
      List<PersonMatcher.Candidate> found = new PersonMatcher(index).match(second);
      if (found.isEmpty() || found.get(0).decision() != MatchPolicy.Decision.AUTO_LINK) {
        missed.add(surname + " " + (found.isEmpty() ? "none" : found.get(0).result()));
      }
    }
    assertEquals(List.of(), missed);
  }

  @Test
  void aDifferentFirstSurnameWithEverythingElseAlikeIsForAnOfficerNeverALink() {
    PersonRecord first = new PersonRecord(1, "MAE-2026-000001", "José Luis", "Hernández", "López", "M", LocalDate.of(1998, 4, 12), null,
        2026, null, null, null, "MX", "MX-VER", "Coatzacoalcos", null);
    PersonRecord other = new PersonRecord(2, "MAE-2026-000002", "José Luis", "Tobemira", "López", "M", LocalDate.of(1998, 4, 12), null,
        2026, null, null, null, "MX", "MX-VER", "Coatzacoalcos", null);
    InMemoryPersonIndex index = new InMemoryPersonIndex();
    index.add(first);
    for (PersonMatcher.Candidate c : new PersonMatcher(index).rank(other)) {
      assertEquals(false, c.decision() == MatchPolicy.Decision.AUTO_LINK, c.result().toString());
    }
  }

  private static String surname(Random random) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      s.append("bcdfglmnprstvz".charAt(random.nextInt(14))).append("aeiou".charAt(random.nextInt(5)));
    }
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
