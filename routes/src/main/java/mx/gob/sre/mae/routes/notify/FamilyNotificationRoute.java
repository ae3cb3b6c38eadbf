package mx.gob.sre.mae.routes.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import mx.gob.sre.mae.routes.delivery.ClaimLoop;
import mx.gob.sre.mae.routes.delivery.MailTransport;
import mx.gob.sre.mae.routes.delivery.OutgoingMail;
import mx.gob.sre.mae.routes.delivery.RetryPolicy;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Sends the family outbox: acknowledgements and news to families by email, SMS or WhatsApp. Claims
 * due messages on a timer and at once when woken after a commit; honours STOP; retries failures with
 * backoff and parks a message past the budget (or at once when the provider refuses it for good),
 * where an administrator sees and replays it. Every outcome is written back: nothing is dropped.
 */
public class FamilyNotificationRoute extends RouteBuilder {

  public static final String POLL_ROUTE_ID = "family-poll";
  public static final String WAKE_UP_ROUTE_ID = "family-wakeup";
  public static final String SEND_ROUTE_ID = "family-send";
  public static final String WAKE_UP = "seda:family-wakeup?size=1&discardWhenFull=true";
  private static final String SEND = "direct:family-send";
  private static final String MESSAGE = "maeFamilyMessage";

  private final FamilyOutboxPort outbox;
  private final MailTransport mail;
  private final TextMessageTransport texts;
  private final RetryPolicy retry;
  private final Duration pollPeriod;
  private final int batchSize;
  private final Clock clock;

  public FamilyNotificationRoute(FamilyOutboxPort outbox, MailTransport mail, TextMessageTransport texts, RetryPolicy retry,
      Duration pollPeriod, int batchSize, Clock clock) {
    this.outbox = outbox;
    this.mail = mail;
    this.texts = texts;
    this.retry = retry;
    this.pollPeriod = pollPeriod;
    this.batchSize = batchSize;
    this.clock = clock;
  }

  @Override
  public void configure() {
    Supplier<List<FamilyMessage>> claim = () -> outbox.claimDue(batchSize, Duration.ofMinutes(2));
    ClaimLoop.define(this, "timer:family-poll?period=" + pollPeriod.toMillis() + "&delay=" + pollPeriod.toMillis(), POLL_ROUTE_ID,
        claim, batchSize, SEND);
    ClaimLoop.define(this, WAKE_UP, WAKE_UP_ROUTE_ID, claim, batchSize, SEND);

    from(SEND)
        .routeId(SEND_ROUTE_ID)
        .onException(Exception.class)
            .handled(true)
            .process(this::recordFailure)
        .end()
        .process(this::send);
  }

  private void send(Exchange e) throws org.apache.camel.InvalidPayloadException {
    FamilyMessage m = e.getMessage().getMandatoryBody(FamilyMessage.class);
    e.setProperty(MESSAGE, m);
    if (outbox.optedOut(m.channel(), m.address())) {
      outbox.markSuppressed(m.id(), clock.instant(), "recipient opted out (STOP)");
      log.info("Family message {} not sent: the recipient opted out", m.messageKey());
      return;
    }
    String reference = switch (m.channel()) {
      case "EMAIL" -> {
        mail.send(new OutgoingMail(m.address(), m.subject(), m.body(), List.of(), "<" + m.messageKey() + "@mae.sre.gob.mx>"));
        yield null;
      }
      case TextMessage.SMS, TextMessage.WHATSAPP ->
          texts.send(new TextMessage(m.channel(), m.address(), m.body(), m.folio(), m.language(), m.sessionOpen(), m.messageKey()));
      default -> throw new PermanentSendFailure("No family channel '" + m.channel() + "'");
    };
    outbox.markSent(m.id(), clock.instant(), reference);
    log.info("Family message {} sent by {}", m.messageKey(), m.channel());
  }

  private void recordFailure(Exchange e) {
    Exception cause = e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
    FamilyMessage m = e.getProperty(MESSAGE, FamilyMessage.class);
    if (m == null) {
      log.error("Family notification failed before a message was taken", cause);
      return;
    }
    Instant now = clock.instant();
    Optional<Instant> next = cause instanceof PermanentSendFailure ? Optional.empty() : retry.nextAttempt(m.attempts() + 1, now);
    String error = describe(cause);
    outbox.markFailed(m.id(), error, next.orElse(null));
    if (next.isPresent()) {
      log.warn("Family message {} failed (attempt {}), retry at {}: {}", m.messageKey(), m.attempts() + 1, next.get(), error);
    } else {
      log.error("Family message {} PARKED: {}", m.messageKey(), error);
    }
  }

  private static String describe(Throwable cause) {
    if (cause == null) {
      return "unknown error";
    }
    String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
    return text.length() > 1900 ? text.substring(0, 1900) : text;
  }
}
