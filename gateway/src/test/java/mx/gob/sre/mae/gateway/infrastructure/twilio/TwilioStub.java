package mx.gob.sre.mae.gateway.infrastructure.twilio;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.time.Duration;

/** A WireMock server on 127.0.0.1 standing in for api.twilio.com, and settings that point the adapter at it. */
final class TwilioStub implements AutoCloseable {

  static final String ACCOUNT_SID = "ACa1b2c3d4e5f60718293a4b5c6d7e8f90";
  static final String AUTH_TOKEN = "0123456789abcdef0123456789abcdef";
  static final String SMS_FROM = "+15005550006";
  static final String WHATSAPP_FROM = "+14155238886";
  static final String TEMPLATE_SID = "HXb5b62575e6e4ff6129ad7c8efe1f983e";
  static final String PUBLIC_URL = "https://mae.example.gob.mx";
  static final Duration TIMEOUT = Duration.ofMillis(800);

  final WireMockServer server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());

  TwilioStub() {
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  TwilioSettings settings() {
    return settings("", TEMPLATE_SID);
  }

  TwilioSettings settings(String messagingServiceSid, String templateSid) {
    return new TwilioSettings(ACCOUNT_SID, AUTH_TOKEN, baseUrl(), SMS_FROM, messagingServiceSid, WHATSAPP_FROM, templateSid, PUBLIC_URL,
        TIMEOUT);
  }

  @Override
  public void close() {
    server.stop();
  }
}
