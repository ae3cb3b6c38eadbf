package mx.gob.sre.mae.routes.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dispatch and webhook routes against a real HTTP receiver (WireMock) that fails in the ways
 * real receivers do: every delivery still arrives, once per idempotency key, in version order.
 */
class OutboxDispatchRouteTest extends CamelTestSupport {

  static final String SECRET = "a-shared-secret-of-32-characters";

  WireMockServer receiver;
  final InMemoryOutbox outbox = new InMemoryOutbox();
  int maxAttempts = 6;
  final List<OutgoingMail> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
  final java.util.concurrent.atomic.AtomicInteger smtpFailuresLeft = new java.util.concurrent.atomic.AtomicInteger(1);
  final MailTransport mail = m -> {
    if (smtpFailuresLeft.getAndDecrement() > 0) {
      throw new IllegalStateException("421 service not available");
    }
    sent.add(m);
  };

  @BeforeEach
  void startReceiver() {
    // started before Camel's routes poll; CamelTestSupport starts the context per test
  }

  @AfterEach
  void stopReceiver() {
    if (receiver != null) {
      receiver.stop();
    }
  }

  @Override
  protected void doPreSetup() {
    receiver = new WireMockServer(wireMockConfig().dynamicPort());
    receiver.start();
  }

  @Override
  protected RoutesBuilder[] createRouteBuilders() {
    RecipientDirectory recipients = new RecipientDirectory() {
      @Override
      public String channelOf(String recipient) {
        return recipient.equals("CNB") ? "INBOX" : "WEBHOOK";
      }

      @Override
      public Optional<Webhook> webhookOf(String recipient) {
        return Optional.of(new Webhook(receiver.baseUrl() + "/mae", SECRET));
      }

      @Override
      public Optional<String> emailOf(String recipient) {
        return Optional.of("fiscalia@example.org");
      }
    };
    DeliveryDocument documents = m -> "{\"folio\":\"" + m.folio() + "\",\"version\":" + m.caseVersion() + "}";
    RetryPolicy fast = new RetryPolicy(Duration.ofMillis(20), Duration.ofMillis(100), maxAttempts, 0.2);
    return new RoutesBuilder[] {
      new OutboxDispatchRoute(outbox, recipients, fast, Duration.ofMillis(20), 10, Duration.ofMinutes(1), Clock.systemUTC()),
      new WebhookDeliveryRoute(recipients, documents, Duration.ofMillis(500), Duration.ofMillis(700), Clock.systemUTC()),
      new EmailDeliveryRoute(recipients, documents, mail)
    };
  }

  @Test
  void aBacklogLargerThanOneBatchIsDrainedWithoutWaitingForTicks() {
    for (int i = 0; i < 35; i++) {
      outbox.add(100 + i, "MAE-2026-0001" + String.format("%02d", i), 1, "CNB", "INBOX");
    }
    // batch size is 10: four full claims in a row, then a partial one
    await().atMost(Duration.ofSeconds(5)).until(() -> outbox.rows.stream().allMatch(r -> r.status.equals("DELIVERED")));
    assertTrue(outbox.rows.stream().allMatch(r -> r.deliveredCount == 1), "each delivered once");
  }

  @Test
  void theBuiltInInboxTakesADeliveryAtOnce() {
    outbox.add(1, "MAE-2026-000001", 1, "CNB", "INBOX");
    await().atMost(Duration.ofSeconds(5)).until(() -> outbox.status(1).equals("DELIVERED"));
    assertEquals(0, receiver.getAllServeEvents().size());
  }

  @Test
  void aWebhookGetsTheSignedDocumentWithItsIdempotencyKey() {
    receiver.stubFor(post("/mae").willReturn(aResponse().withStatus(202)));
    outbox.add(2, "MAE-2026-000002", 1, "FGR:UIDPM", "WEBHOOK");
    await().atMost(Duration.ofSeconds(5)).until(() -> outbox.status(2).equals("DELIVERED"));

    LoggedRequest request = receiver.findAll(postRequestedFor(urlEqualTo("/mae"))).get(0);
    String body = request.getBodyAsString();
    assertEquals("{\"folio\":\"MAE-2026-000002\",\"version\":1}", body);
    assertEquals("MAE-2026-000002:FGR:UIDPM:v1", request.getHeader(WebhookDeliveryRoute.IDEMPOTENCY_HEADER));
    String timestamp = request.getHeader(WebhookDeliveryRoute.TIMESTAMP_HEADER);
    assertEquals("sha256=" + WebhookDeliveryRoute.sign(SECRET, timestamp, body), request.getHeader(WebhookDeliveryRoute.SIGNATURE_HEADER));
    assertTrue(request.getHeader("Content-Type").startsWith("application/json"));
    assertTrue(request.getHeaders().keys().stream().noneMatch(h -> h.toLowerCase().startsWith("camel")), "no internal headers leak");
  }

  @Test
  void aReceiverAnswering500IsRetriedUntilItAcceptsAndGetsItOnce() {
    failThenAccept(aResponse().withStatus(500), 2);
    outbox.add(3, "MAE-2026-000003", 1, "CLB:MX-CHP", "WEBHOOK");
    await().atMost(Duration.ofSeconds(10)).until(() -> outbox.status(3).equals("DELIVERED"));
    assertEquals(1, acceptedFor("MAE-2026-000003:CLB:MX-CHP:v1"));
    assertEquals(2, outbox.row(3).attempts);
  }

  @Test
  void aReceiverThatTimesOutOrDropsTheConnectionIsRetried() {
    receiver.stubFor(post("/mae").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withFixedDelay(2000).withStatus(200)).willSetStateTo("reset"));
    receiver.stubFor(post("/mae").inScenario("flaky").whenScenarioStateIs("reset")
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
    receiver.stubFor(post("/mae").inScenario("flaky").whenScenarioStateIs("ok").willReturn(aResponse().withStatus(200)));
    outbox.add(4, "MAE-2026-000004", 1, "FGE:MX-VER", "WEBHOOK");
    await().atMost(Duration.ofSeconds(15)).until(() -> outbox.status(4).equals("DELIVERED"));
    assertEquals(2, outbox.row(4).attempts, "one timeout, one dropped connection");
    assertTrue(outbox.row(4).lastError == null || !outbox.row(4).lastError.isBlank());
  }

  @Test
  void aSlowReceiverWithinTheTimeoutIsDeliveredFirstTime() {
    receiver.stubFor(post("/mae").willReturn(aResponse().withFixedDelay(300).withStatus(200)));
    outbox.add(5, "MAE-2026-000005", 1, "FGR:FEIDDF", "WEBHOOK");
    await().atMost(Duration.ofSeconds(5)).until(() -> outbox.status(5).equals("DELIVERED"));
    assertEquals(0, outbox.row(5).attempts);
  }

  @Test
  void pastTheRetryBudgetTheMessageIsParkedWithItsError() {
    receiver.stubFor(post("/mae").willReturn(aResponse().withStatus(503)));
    outbox.add(6, "MAE-2026-000006", 1, "FGE:MX-OAX", "WEBHOOK");
    await().atMost(Duration.ofSeconds(10)).until(() -> outbox.status(6).equals("PARKED"));
    assertEquals(maxAttempts, outbox.row(6).attempts);
    assertTrue(outbox.row(6).lastError.contains("503"), outbox.row(6).lastError);
  }

  @Test
  void laterVersionsWaitForEarlierOnesToTheSameRecipient() {
    failThenAccept(aResponse().withStatus(500), 2);
    outbox.add(7, "MAE-2026-000007", 1, "FGR:UIDPM", "WEBHOOK");
    outbox.add(8, "MAE-2026-000007", 2, "FGR:UIDPM", "WEBHOOK");
    await().atMost(Duration.ofSeconds(10)).until(() -> outbox.status(8).equals("DELIVERED"));
    List<String> keys = receiver.getAllServeEvents().stream()
        .filter(e -> e.getResponse().getStatus() == 200)
        .sorted((a, b) -> a.getRequest().getLoggedDate().compareTo(b.getRequest().getLoggedDate()))
        .map(e -> e.getRequest().getHeader(WebhookDeliveryRoute.IDEMPOTENCY_HEADER))
        .toList();
    assertEquals(List.of("MAE-2026-000007:FGR:UIDPM:v1", "MAE-2026-000007:FGR:UIDPM:v2"), keys);
  }

  @Test
  void theWebhookRouteCanBeAdvisedToAMockReceiver() throws Exception {
    AdviceWith.adviceWith(context, WebhookDeliveryRoute.ROUTE_ID, a -> a.weaveByToUri("http*").replace().to("mock:receiver"));
    MockEndpoint mock = getMockEndpoint("mock:receiver");
    mock.expectedMessageCount(1);
    mock.expectedHeaderReceived(WebhookDeliveryRoute.IDEMPOTENCY_HEADER, "MAE-2026-000009:FGE:MX-PUE:v1");
    mock.message(0).header(WebhookDeliveryRoute.SIGNATURE_HEADER).regex("sha256=[0-9a-f]{64}");
    outbox.add(9, "MAE-2026-000009", 1, "FGE:MX-PUE", "WEBHOOK");
    mock.assertIsSatisfied(5000);
    await().atMost(Duration.ofSeconds(5)).until(() -> outbox.status(9).equals("DELIVERED"));
  }

  @Test
  void anEmailRecipientGetsThePdfAndItsDocumentOnceAfterAnSmtpFailure() {
    var c = new mx.gob.sre.mae.routes.canonical.CanonicalCase(1, "MAE-2026-000010", 1, "API", "GUA", "es", java.time.Instant.now(),
        mx.gob.sre.mae.routes.canonical.CanonicalCase.Reporter.withoutIdentity("WITHHELD"),
        List.of(new mx.gob.sre.mae.routes.canonical.CanonicalCase.MissingPerson("María", "Xol", null, "F", null, 30, "GT", null, true,
            null, "Tapachula", "MX-CHP", null)),
        "Texto.", false, List.of(), List.of(), List.of(), java.util.Map.of());
    outbox.add(10, "MAE-2026-000010", 1, "FGE:MX-GRO", "EMAIL", mx.gob.sre.mae.routes.canonical.CanonicalJson.toJson(c));
    await().atMost(Duration.ofSeconds(10)).until(() -> outbox.status(10).equals("DELIVERED"));
    assertEquals(1, sent.size());
    OutgoingMail m = sent.get(0);
    assertEquals("fiscalia@example.org", m.to());
    assertEquals("<MAE-2026-000010.FGE.MX-GRO.v1@mae.sre.gob.mx>", m.messageId());
    assertTrue(m.subject().contains("MAE-2026-000010") && m.subject().contains("ALBA"), m.subject());
    assertEquals(List.of("MAE-2026-000010-v1.pdf", "MAE-2026-000010-v1.json"), m.attachments().stream().map(OutgoingMail.Attachment::fileName).toList());
    assertEquals("%PDF", new String(m.attachments().get(0).content(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    assertEquals(1, outbox.row(10).attempts, "the SMTP failure was recorded and retried");
  }

  private void failThenAccept(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder failure, int failures) {
    String state = Scenario.STARTED;
    for (int i = 1; i <= failures; i++) {
      receiver.stubFor(post("/mae").inScenario("fail").whenScenarioStateIs(state).willReturn(failure).willSetStateTo("f" + i));
      state = "f" + i;
    }
    receiver.stubFor(post("/mae").inScenario("fail").whenScenarioStateIs(state).willReturn(aResponse().withStatus(200)));
  }

  private long acceptedFor(String key) {
    return receiver.getAllServeEvents().stream()
        .filter(e -> e.getResponse().getStatus() == 200)
        .filter(e -> key.equals(e.getRequest().getHeader(WebhookDeliveryRoute.IDEMPOTENCY_HEADER)))
        .count();
  }
}
