package mx.gob.sre.mae.routes.delivery;

import java.time.Clock;
import java.time.Duration;
import org.apache.camel.builder.RouteBuilder;

/** Checks acknowledgement deadlines on a timer; an overdue delivery alerts the consulate's supervisor. */
public class AcknowledgementWatchRoute extends RouteBuilder {

  public static final String ROUTE_ID = "ack-deadline-watch";

  private final AcknowledgementWatch watch;
  private final Duration period;
  private final Clock clock;

  public AcknowledgementWatchRoute(AcknowledgementWatch watch, Duration period, Clock clock) {
    this.watch = watch;
    this.period = period;
    this.clock = clock;
  }

  @Override
  public void configure() {
    from("timer:ack-deadline-watch?period=" + period.toMillis())
        .routeId(ROUTE_ID)
        .process(e -> e.getMessage().setBody(watch.escalateOverdue(clock.instant())))
        .filter(body().isGreaterThan(0))
        .log("${body} delivery(ies) not acknowledged in time: consulates alerted");
  }
}
