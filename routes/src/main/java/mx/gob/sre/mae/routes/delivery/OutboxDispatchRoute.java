package mx.gob.sre.mae.routes.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * Delivers the outbox: claims due messages (on a timer, and at once when a case is committed),
 * hands each to its recipient's channel, and records the outcome. A failed delivery is retried
 * with backoff; past the retry budget it is parked where an administrator sees and replays it.
 * Nothing is dropped: every outcome is written back to the outbox row.
 */
public class OutboxDispatchRoute extends RouteBuilder {

  public static final String POLL_ROUTE_ID = "outbox-poll";
  public static final String WAKE_UP_ROUTE_ID = "outbox-wakeup";
  public static final String DELIVER_ROUTE_ID = "outbox-deliver";
  public static final String WAKE_UP = "seda:outbox-wakeup?size=1&discardWhenFull=true";
  public static final String DELIVER = "direct:outbox-deliver";
  public static final String WEBHOOK = "direct:deliver-webhook";
  public static final String EMAIL = "direct:deliver-email";
  public static final String MESSAGE = "maeOutboundMessage";

  private final OutboxPort outbox;
  private final RecipientDirectory recipients;
  private final RetryPolicy retry;
  private final Duration pollPeriod;
  private final int batchSize;
  private final Duration lease;
  private final Clock clock;

  public OutboxDispatchRoute(
      OutboxPort outbox, RecipientDirectory recipients, RetryPolicy retry, Duration pollPeriod, int batchSize, Duration lease, Clock clock) {
    this.outbox = outbox;
    this.recipients = recipients;
    this.retry = retry;
    this.pollPeriod = pollPeriod;
    this.batchSize = batchSize;
    this.lease = lease;
    this.clock = clock;
  }

  @Override
  public void configure() {
    Supplier<List<OutboundMessage>> claim = () -> outbox.claimDue(batchSize, lease);
    ClaimLoop.define(this, "timer:outbox-poll?period=" + pollPeriod.toMillis() + "&delay=" + pollPeriod.toMillis(), POLL_ROUTE_ID,
        claim, batchSize, DELIVER);
    ClaimLoop.define(this, WAKE_UP, WAKE_UP_ROUTE_ID, claim, batchSize, DELIVER);

    from(DELIVER)
        .routeId(DELIVER_ROUTE_ID)
        .onException(Exception.class)
            .handled(true)
            .process(this::recordFailure)
        .end()
        .process(e -> e.setProperty(MESSAGE, e.getMessage().getMandatoryBody(OutboundMessage.class)))
        .choice()
            .when(e -> "WEBHOOK".equals(message(e).channel()))
                .to(WEBHOOK)
            .when(e -> "EMAIL".equals(message(e).channel()))
                .to(EMAIL)
            .when(e -> "INBOX".equals(message(e).channel()))
                .log(LoggingLevel.DEBUG, "Delivered to the built-in inbox")
            .otherwise()
                .process(e -> {
                  throw new UnsupportedChannelException(message(e).channel());
                })
        .end()
        .process(e -> {
          outbox.markDelivered(message(e).id(), clock.instant());
          log.info("Delivered {}", message(e).idempotencyKey());
        });
  }

  private void recordFailure(Exchange e) {
    Exception cause = e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    OutboundMessage m = message(e);
    if (m == null) {
      log.error("Outbox delivery failed before a message was taken", cause);
      return;
    }
    int attempts = m.attempts() + 1;
    Instant now = clock.instant();
    Optional<Instant> next = retry.nextAttempt(attempts, now);
    String error = describe(cause);
    outbox.markFailed(m.id(), error, next.orElse(null));
    if (next.isPresent()) {
      log.warn("Delivery {} failed (attempt {}), retry at {}: {}", m.idempotencyKey(), attempts, next.get(), error);
    } else {
      log.error("Delivery {} PARKED after {} attempts: {}", m.idempotencyKey(), attempts, error);
    }
  }

  static OutboundMessage message(Exchange e) {
    return e.getProperty(MESSAGE, OutboundMessage.class);
  }

  static String describe(Throwable cause) {
    if (cause == null) {
      return "unknown error";
    }
    String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
    return text.length() > 1900 ? text.substring(0, 1900) : text;
  }

  /** A recipient configured with a channel this gateway cannot deliver on. */
  public static class UnsupportedChannelException extends RuntimeException {
    public UnsupportedChannelException(String channel) {
      super("No delivery channel '" + channel + "'");
    }
  }
}
