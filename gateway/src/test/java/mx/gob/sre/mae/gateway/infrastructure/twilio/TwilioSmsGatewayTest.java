package mx.gob.sre.mae.gateway.infrastructure.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static mx.gob.sre.mae.gateway.infrastructure.twilio.TwilioStub.ACCOUNT_SID;
import static mx.gob.sre.mae.gateway.infrastructure.twilio.TwilioStub.AUTH_TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mx.gob.sre.mae.routes.notify.PermanentSendFailure;
import mx.gob.sre.mae.routes.notify.TextMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real SDK against a WireMock Twilio: what is sent, what comes back, and which failures are retried. */
class TwilioSmsGatewayTest {

  private static final String MESSAGES = "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json";
  private static final String SID = "SM3f1b2c4d5e6a7b8c9d0e1f2a3b4c5d6e";
  private static final String FAMILY = "+5215512345678";
  private static final String STATUS_CALLBACK = TwilioStub.PUBLIC_URL + "/api/twilio/status";

  private final TwilioStub stub = new TwilioStub();

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void smsIsPostedToTheAccountsMessagesWithBasicAuthAndReturnsTheSid() {
    created();

    String sid = gateway().send(sms("Su reporte MAE-2026-000123 fue recibido."));

    assertEquals(SID, sid);
    LoggedRequest request = onlyRequest();
    String expectedAuth = "Basic " + Base64.getEncoder().encodeToString((ACCOUNT_SID + ":" + AUTH_TOKEN).getBytes(StandardCharsets.US_ASCII));
    assertEquals(expectedAuth, request.getHeader("Authorization"));
    assertEquals(Map.of("To", FAMILY, "From", TwilioStub.SMS_FROM, "Body", "Su reporte MAE-2026-000123 fue recibido.",
        "StatusCallback", STATUS_CALLBACK), form(request));
  }

  @Test
  void smsGoesThroughTheMessagingServiceWhenOneIsConfigured() {
    String service = "MG9752274e9e519418a7406176694466fa";

    assertEquals(Map.of("To", FAMILY, "MessagingServiceSid", service, "Body", "Hola", "StatusCallback", STATUS_CALLBACK),
        formSent(new TwilioSmsGateway(stub.settings(service, "")), sms("Hola")));
  }

  @Test
  void whatsAppInsideTheWindowSendsFreeTextBetweenWhatsAppAddresses() {
    assertEquals(Map.of("To", "whatsapp:" + FAMILY, "From", "whatsapp:" + TwilioStub.WHATSAPP_FROM, "Body", "Gracias, seguimos su caso.",
        "StatusCallback", STATUS_CALLBACK), formSent(gateway(), whatsApp(true)));
  }

  @Test
  void whatsAppOutsideTheWindowSendsTheTemplateWithTheFolioAndNoBody() {
    assertEquals(Map.of("To", "whatsapp:" + FAMILY, "From", "whatsapp:" + TwilioStub.WHATSAPP_FROM, "ContentSid", TwilioStub.TEMPLATE_SID,
        "ContentVariables", "{\"1\":\"MAE-2026-000123\"}", "StatusCallback", STATUS_CALLBACK), formSent(gateway(), whatsApp(false)));
  }

  @Test
  void whatsAppOutsideTheWindowWithoutATemplateFailsForGoodWithoutCallingTwilio() {
    created();

    PermanentSendFailure e = assertThrows(PermanentSendFailure.class,
        () -> new TwilioSmsGateway(stub.settings("", "")).send(whatsApp(false)));

    assertTrue(e.getMessage().contains("MAE_TWILIO_WHATSAPP_TEMPLATE_SID"), e.getMessage());
    assertTrue(stub.server.findAll(anyRequestedFor(anyUrl())).isEmpty());
  }

  @Test
  void anInvalidNumberIsAPermanentFailureNamingTwilioCode() {
    refused(400, 21211, "The 'To' number +5215512345678 is not a valid phone number.");

    PermanentSendFailure e = assertThrows(PermanentSendFailure.class, () -> gateway().send(sms("Hola")));

    assertTrue(e.getMessage().contains("21211"), e.getMessage());
    assertTrue(e.getMessage().contains("is not a valid phone number"), e.getMessage());
    assertFalse(e.getMessage().contains(AUTH_TOKEN));
  }

  @Test
  void anUnsubscribedRecipientIsAPermanentFailure() {
    refused(400, 21610, "Attempt to send to unsubscribed recipient");

    PermanentSendFailure e = assertThrows(PermanentSendFailure.class, () -> gateway().send(sms("Hola")));

    assertTrue(e.getMessage().contains("21610"), e.getMessage());
  }

  @Test
  void anyOther400IsPermanentToo() {
    refused(400, 21602, "Message body is required.");

    assertThrows(PermanentSendFailure.class, () -> gateway().send(sms("Hola")));
  }

  @Test
  void throttlingIsRetried() {
    refused(429, 20429, "Too Many Requests");

    assertRetryable(() -> gateway().send(sms("Hola")));
  }

  @Test
  void aServerErrorIsRetriedByTheCallerNotRepeatedAtOnce() {
    refused(500, 20500, "Internal Server Error");

    assertRetryable(() -> gateway().send(sms("Hola")));
    assertEquals(1, stub.server.findAll(postRequestedFor(urlEqualTo(MESSAGES))).size());
  }

  @Test
  void anUnavailableServiceWithoutTwilioJsonIsRetried() {
    answer(aResponse().withStatus(503).withHeader("Content-Type", "text/html").withBody("<html><body>Service Unavailable</body></html>"));

    assertRetryable(() -> gateway().send(sms("Hola")));
  }

  @Test
  void aResetConnectionIsRetried() {
    answer(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    assertRetryable(() -> gateway().send(sms("Hola")));
  }

  @Test
  void anAnswerSlowerThanTheTimeoutIsRetried() {
    answer(created201().withFixedDelay((int) TwilioStub.TIMEOUT.toMillis() * 4));

    long start = System.nanoTime();
    RuntimeException e = assertRetryable(() -> gateway().send(sms("Hola")));
    Duration waited = Duration.ofNanos(System.nanoTime() - start);

    assertTrue(waited.compareTo(TwilioStub.TIMEOUT.multipliedBy(3)) < 0, "gave up after " + waited);
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    assertInstanceOf(java.net.SocketTimeoutException.class, cause);
  }

  @Test
  void withoutCredentialsNothingIsSent() {
    TwilioSettings none = new TwilioSettings("", "", stub.baseUrl(), TwilioStub.SMS_FROM, "", "", "", "", null);

    assertRetryable(() -> new TwilioSmsGateway(none).send(sms("Hola")));
    assertTrue(stub.server.findAll(anyRequestedFor(anyUrl())).isEmpty());
  }

  private TwilioSmsGateway gateway() {
    return new TwilioSmsGateway(stub.settings());
  }

  private static TextMessage sms(String body) {
    return new TextMessage(TextMessage.SMS, FAMILY, body, "MAE-2026-000123", "es", false, "family-1");
  }

  private static TextMessage whatsApp(boolean sessionOpen) {
    return new TextMessage(TextMessage.WHATSAPP, FAMILY, "Gracias, seguimos su caso.", "MAE-2026-000123", "es", sessionOpen, "family-2");
  }

  private static RuntimeException assertRetryable(org.junit.jupiter.api.function.Executable send) {
    RuntimeException e = assertThrows(RuntimeException.class, send);
    assertFalse(e instanceof PermanentSendFailure, "retryable expected, got " + e);
    assertInstanceOf(IllegalStateException.class, e);
    assertFalse(String.valueOf(e.getMessage()).contains(AUTH_TOKEN));
    return e;
  }

  /** The form Twilio received for this one message, a value per name. */
  private Map<String, String> formSent(TwilioSmsGateway gateway, TextMessage message) {
    created();
    gateway.send(message);
    return form(onlyRequest());
  }

  private static Map<String, String> form(LoggedRequest request) {
    Map<String, String> form = new TreeMap<>();
    request.formParameters().forEach((name, value) -> form.put(name, value.firstValue()));
    return form;
  }

  private LoggedRequest onlyRequest() {
    List<LoggedRequest> requests = stub.server.findAll(postRequestedFor(urlEqualTo(MESSAGES)));
    assertEquals(1, requests.size());
    return requests.get(0);
  }

  private void answer(ResponseDefinitionBuilder response) {
    stub.server.stubFor(post(urlEqualTo(MESSAGES)).willReturn(response));
  }

  private void created() {
    answer(created201());
  }

  private void refused(int status, int code, String message) {
    answer(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody("""
        {"code": %d, "message": "%s", "more_info": "https://www.twilio.com/docs/errors/%d", "status": %d}
        """.formatted(code, message, code, status)));
  }

  /** Twilio's answer to a created message, as documented (queued, not yet sent). */
  private static ResponseDefinitionBuilder created201() {
    return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
        {
          "account_sid": "%1$s",
          "api_version": "2010-04-01",
          "body": "Su reporte MAE-2026-000123 fue recibido.",
          "date_created": "Thu, 24 Aug 2026 05:01:45 +0000",
          "date_sent": null,
          "date_updated": "Thu, 24 Aug 2026 05:01:45 +0000",
          "direction": "outbound-api",
          "error_code": null,
          "error_message": null,
          "from": "+15005550006",
          "messaging_service_sid": null,
          "num_media": "0",
          "num_segments": "1",
          "price": null,
          "price_unit": "USD",
          "sid": "%2$s",
          "status": "queued",
          "subresource_uris": {
            "media": "/2010-04-01/Accounts/%1$s/Messages/%2$s/Media.json"
          },
          "to": "+5215512345678",
          "uri": "/2010-04-01/Accounts/%1$s/Messages/%2$s.json"
        }
        """.formatted(ACCOUNT_SID, SID));
  }
}
