package mx.gob.sre.mae.gateway.application.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mx.gob.sre.mae.gateway.application.intake.Violation;
import org.junit.jupiter.api.Test;

/** How an agency's due date is read: a date is the end of that day in Mexico City; it must be in the future. */
class SupportDueDateTest {

  static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

  @Test
  void aDateIsTheEndOfThatDayInMexicoCity() {
    List<Violation> problems = new ArrayList<>();
    assertEquals(Instant.parse("2026-11-21T05:59:59.999999999Z"), SupportRequestService.dueAt("2026-11-20", NOW, problems));
    assertTrue(problems.isEmpty(), problems.toString());
  }

  @Test
  void todayIsStillDueButYesterdayIsNot() {
    List<Violation> problems = new ArrayList<>();
    SupportRequestService.dueAt("2026-11-02", NOW, problems);
    assertTrue(problems.isEmpty(), "today ends later in Mexico City");
    SupportRequestService.dueAt("2026-11-01", NOW, problems);
    assertEquals(List.of("error.support.dueInPast"), problems.stream().map(Violation::messageKey).toList());
  }

  @Test
  void aDateTimeKeepsItsOffset() {
    List<Violation> problems = new ArrayList<>();
    assertEquals(Instant.parse("2026-11-03T00:00:00Z"), SupportRequestService.dueAt("2026-11-02T18:00:00-06:00", NOW, problems));
    assertEquals(NOW.minusSeconds(1), SupportRequestService.dueAt("2026-11-02T09:59:59Z", NOW, problems));
    assertEquals(List.of("error.support.dueInPast"), problems.stream().map(Violation::messageKey).toList());
  }

  @Test
  void missingOrUnreadableDatesAreNamed() {
    List<Violation> problems = new ArrayList<>();
    assertNull(SupportRequestService.dueAt(" ", NOW, problems));
    assertNull(SupportRequestService.dueAt("20/11/2026", NOW, problems));
    assertEquals(List.of("error.required", "error.invalidDate"), problems.stream().map(Violation::messageKey).toList());
    assertEquals(List.of("dueDate", "dueDate"), problems.stream().map(Violation::field).toList());
  }
}
