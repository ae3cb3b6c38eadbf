package mx.gob.sre.mae.routes.phone;

import java.time.Duration;
import org.apache.camel.builder.RouteBuilder;

/**
 * Runs the phone channel's periodic work on a timer: recordings the provider has ready are fetched
 * and attached (retried on the next tick when the provider is not ready or down), and conversations
 * idle past their timeout become preliminary cases, so a family that stops answering loses nothing.
 * A failing tick is logged and the next one tries again.
 */
public class PhoneHousekeepingRoute extends RouteBuilder {

  public static final String ROUTE_ID = "phone-housekeeping";

  private final PhoneHousekeeping housekeeping;
  private final Duration period;

  public PhoneHousekeepingRoute(PhoneHousekeeping housekeeping, Duration period) {
    this.housekeeping = housekeeping;
    this.period = period;
  }

  @Override
  public void configure() {
    from("timer:phone-housekeeping?period=" + period.toMillis() + "&delay=" + period.toMillis())
        .routeId(ROUTE_ID)
        .onException(Exception.class)
            .handled(true)
            .log(org.apache.camel.LoggingLevel.WARN, "Phone housekeeping failed; the next tick tries again: ${exception.message}")
        .end()
        .process(e -> {
          int stored = housekeeping.storeRecordings();
          int timedOut = housekeeping.timeOutConversations();
          if (stored + timedOut > 0) {
            log.info("Phone housekeeping: {} recording(s) stored, {} conversation(s) sent as preliminary cases", stored, timedOut);
          }
        });
  }
}
