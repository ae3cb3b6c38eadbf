package mx.gob.sre.mae.routes.support;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.component.timer.TimerComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/** The overdue check runs on its timer with the clock's time, and a failing tick does not stop the next ones. */
class SupportOverdueRouteTest {

  @Test
  void checksOnEveryTickAndKeepsGoingAfterAFailure() throws Exception {
    List<Instant> checkedAt = new CopyOnWriteArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    SupportOverdueWatch watch = now -> {
      if (calls.incrementAndGet() == 1) {
        throw new IllegalStateException("database down");
      }
      checkedAt.add(now);
      return 1;
    };
    Instant fixed = Instant.parse("2026-11-20T12:00:00Z");
    try (CamelContext camel = new DefaultCamelContext()) {
      camel.addComponent("timer", new TimerComponent());
      camel.addRoutes(new SupportOverdueRoute(watch, Duration.ofMillis(20), Clock.fixed(fixed, java.time.ZoneOffset.UTC)));
      camel.start();
      await().atMost(Duration.ofSeconds(5)).until(() -> checkedAt.size() >= 2);
      assertTrue(camel.getRouteController().getRouteStatus(SupportOverdueRoute.ROUTE_ID).isStarted());
    }
    assertTrue(checkedAt.stream().allMatch(fixed::equals), "the check is asked with the clock's time: " + checkedAt);
  }
}
