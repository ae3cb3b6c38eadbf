package mx.gob.sre.mae.routes.support;

import java.time.Clock;
import java.time.Duration;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * Checks on a timer for support requests past their due time: each is escalated once to its
 * consulate's supervisor. A failing tick is logged and the next one tries again (nothing is lost:
 * the overdue requests are found again from the database).
 */
public class SupportOverdueRoute extends RouteBuilder {

  public static final String ROUTE_ID = "support-overdue-check";

  private final SupportOverdueWatch watch;
  private final Duration period;
  private final Clock clock;

  public SupportOverdueRoute(SupportOverdueWatch watch, Duration period, Clock clock) {
    this.watch = watch;
    this.period = period;
    this.clock = clock;
  }

  @Override
  public void configure() {
    from("timer:" + ROUTE_ID + "?period=" + period.toMillis() + "&delay=" + period.toMillis())
        .routeId(ROUTE_ID)
        .onException(Exception.class)
            .handled(true)
            .log(LoggingLevel.WARN, "Support request overdue check failed; the next tick tries again: ${exception.message}")
        .end()
        .process(e -> {
          int escalated = watch.escalateOverdue(clock.instant());
          if (escalated > 0) {
            log.info("{} overdue support request(s) escalated to their consulate's supervisor", escalated);
          }
        });
  }
}
