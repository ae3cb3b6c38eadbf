package mx.gob.sre.mae.gateway.infrastructure.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/** The MAE_TWILIO_* keys, their defaults, and where requests go when MAE_TWILIO_API_URL is set. */
class TwilioSettingsTest {

  private static final TwilioSettings STUBBED =
      new TwilioSettings(TwilioStub.ACCOUNT_SID, TwilioStub.AUTH_TOKEN, "http://127.0.0.1:8089", "", "", "", "", "", null);

  @Test
  void readsEveryKey() {
    TwilioSettings s = TwilioSettings.fromConfig(config(Map.of(
        "MAE_TWILIO_ACCOUNT_SID", TwilioStub.ACCOUNT_SID,
        "MAE_TWILIO_AUTH_TOKEN", TwilioStub.AUTH_TOKEN,
        "MAE_TWILIO_API_URL", "http://127.0.0.1:8089/",
        "MAE_TWILIO_SMS_FROM", " +15005550006 ",
        "MAE_TWILIO_MESSAGING_SERVICE_SID", "MG9752274e9e519418a7406176694466fa",
        "MAE_TWILIO_WHATSAPP_FROM", "+14155238886",
        "MAE_TWILIO_WHATSAPP_TEMPLATE_SID", TwilioStub.TEMPLATE_SID,
        "MAE_PUBLIC_URL", "https://mae.example.gob.mx/",
        "MAE_TWILIO_TIMEOUT_MS", "2500")));

    assertEquals(new TwilioSettings(TwilioStub.ACCOUNT_SID, TwilioStub.AUTH_TOKEN, "http://127.0.0.1:8089", "+15005550006",
        "MG9752274e9e519418a7406176694466fa", "+14155238886", TwilioStub.TEMPLATE_SID, "https://mae.example.gob.mx", Duration.ofMillis(2500)), s);
    assertTrue(s.configured());
    assertEquals("https://mae.example.gob.mx/api/twilio/status", s.statusCallbackUrl());
  }

  @Test
  void defaultsToTheRealTwilioTheLocalPublicUrlAndTenSeconds() {
    TwilioSettings s = TwilioSettings.fromConfig(config(Map.of("MAE_TWILIO_ACCOUNT_SID", TwilioStub.ACCOUNT_SID, "MAE_TWILIO_API_URL", " ")));

    assertFalse(s.configured(), "no auth token");
    assertTrue(s.apiBase().isEmpty());
    assertEquals("http://localhost:8080/api/twilio/status", s.statusCallbackUrl());
    assertEquals(Duration.ofSeconds(10), s.timeout());
  }

  @Test
  void refusesABadTimeoutOrApiUrl() {
    assertThrows(IllegalArgumentException.class, () -> TwilioSettings.fromConfig(config(Map.of("MAE_TWILIO_TIMEOUT_MS", "soon"))));
    assertThrows(IllegalArgumentException.class, () -> TwilioSettings.fromConfig(config(Map.of("MAE_TWILIO_TIMEOUT_MS", "0"))));
    assertThrows(IllegalArgumentException.class, () -> TwilioSettings.fromConfig(config(Map.of("MAE_TWILIO_API_URL", "127.0.0.1:8089"))));
  }

  @Test
  void neverShowsTheAuthToken() {
    String shown = TwilioSettings.fromConfig(config(Map.of("MAE_TWILIO_AUTH_TOKEN", TwilioStub.AUTH_TOKEN))).toString();

    assertFalse(shown.contains(TwilioStub.AUTH_TOKEN), shown);
    assertTrue(shown.contains("authToken=***"), shown);
  }

  @Test
  void twilioRequestsGoToTheConfiguredBaseKeepingPathQueryAndAuth() {
    Request original = new Request(HttpMethod.GET, "api", "/2010-04-01/Accounts/" + TwilioStub.ACCOUNT_SID + "/Messages.json");
    original.addQueryParam("PageSize", "20");
    original.setAuth(TwilioStub.ACCOUNT_SID, TwilioStub.AUTH_TOKEN);

    Request redirected = new RedirectingHttpClient(STUBBED).redirected(original);

    assertEquals("http://127.0.0.1:8089/2010-04-01/Accounts/" + TwilioStub.ACCOUNT_SID + "/Messages.json?PageSize=20",
        redirected.constructURL().toString());
    assertEquals(original.getAuthString(), redirected.getAuthString());
  }

  @Test
  void otherHostsAndTheRealTwilioAreLeftAlone() {
    Request elsewhere = new Request(HttpMethod.GET, "https://example.org/recording");
    Request twilio = new Request(HttpMethod.GET, "https://api.twilio.com/2010-04-01/Accounts.json");

    assertSame(elsewhere, new RedirectingHttpClient(STUBBED).redirected(elsewhere));
    assertSame(twilio, new RedirectingHttpClient(new TwilioSettings("", "", "", "", "", "", "", "", null)).redirected(twilio));
  }

  /** A MicroProfile Config over a map: only getOptionalValue is used. */
  static Config config(Map<String, String> values) {
    return (Config) Proxy.newProxyInstance(Config.class.getClassLoader(), new Class<?>[] {Config.class}, (proxy, method, args) -> {
      if (method.getName().equals("getOptionalValue")) {
        return Optional.ofNullable(values.get((String) args[0]));
      }
      throw new UnsupportedOperationException(method.getName());
    });
  }
}
