package mx.gob.sre.mae.routes.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.commons.codec.digest.HmacAlgorithms;
import org.apache.commons.codec.digest.HmacUtils;

/**
 * HTTPS webhook delivery: the recipient's document as JSON, signed with HMAC-SHA256 over
 * "timestamp.body", carrying an idempotency key per case, recipient and version, with explicit
 * connect and response timeouts. Any answer other than 2xx, a timeout or a dropped connection is a
 * failure for the dispatch route to retry.
 */
public class WebhookDeliveryRoute extends RouteBuilder {

  public static final String ROUTE_ID = "webhook-delivery";
  public static final String SIGNATURE_HEADER = "X-MAE-Signature";
  public static final String TIMESTAMP_HEADER = "X-MAE-Timestamp";
  public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

  private final RecipientDirectory recipients;
  private final DeliveryDocument documents;
  private final Duration connectTimeout;
  private final Duration responseTimeout;
  private final Clock clock;

  public WebhookDeliveryRoute(
      RecipientDirectory recipients, DeliveryDocument documents, Duration connectTimeout, Duration responseTimeout, Clock clock) {
    this.recipients = recipients;
    this.documents = documents;
    this.connectTimeout = connectTimeout;
    this.responseTimeout = responseTimeout;
    this.clock = clock;
  }

  @Override
  public void configure() {
    from(OutboxDispatchRoute.WEBHOOK)
        .routeId(ROUTE_ID)
        // failures go back to the dispatch route, which records them (retry or park)
        .errorHandler(noErrorHandler())
        .process(this::prepareRequest)
        .to("http://webhook-delivery?throwExceptionOnFailure=true"
            + "&connectTimeout=" + connectTimeout.toMillis()
            + "&connectionRequestTimeout=" + connectTimeout.toMillis()
            + "&responseTimeout=" + responseTimeout.toMillis()
            + "&soTimeout=" + responseTimeout.toMillis());
  }

  private void prepareRequest(Exchange e) {
    OutboundMessage m = OutboxDispatchRoute.message(e);
    Webhook hook = recipients.webhookOf(m.recipient())
        .orElseThrow(() -> new IllegalStateException("No webhook configured for " + m.recipient()));
    String body = documents.documentFor(m);
    String timestamp = String.valueOf(clock.instant().getEpochSecond());
    var message = e.getMessage();
    message.removeHeaders("*");
    message.setBody(body.getBytes(StandardCharsets.UTF_8));
    message.setHeader(Exchange.HTTP_URI, hook.url());
    message.setHeader(Exchange.HTTP_METHOD, "POST");
    message.setHeader(Exchange.CONTENT_TYPE, "application/json; charset=UTF-8");
    message.setHeader(IDEMPOTENCY_HEADER, m.idempotencyKey());
    message.setHeader("X-MAE-Delivery-Id", String.valueOf(m.id()));
    message.setHeader("X-MAE-Recipient", m.recipient());
    message.setHeader(TIMESTAMP_HEADER, timestamp);
    message.setHeader(SIGNATURE_HEADER, "sha256=" + sign(hook.secret(), timestamp, body));
  }

  /** HMAC-SHA256 of "timestamp.body" with the recipient's secret, hex-encoded. */
  public static String sign(String secret, String timestamp, String body) {
    return new HmacUtils(HmacAlgorithms.HMAC_SHA_256, secret.getBytes(StandardCharsets.UTF_8))
        .hmacHex(timestamp + "." + body);
  }
}
