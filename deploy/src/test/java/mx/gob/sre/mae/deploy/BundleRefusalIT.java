package mx.gob.sre.mae.deploy;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bundle refuses to start with a toy secret (ProductionSafetyCheck): one REFUSING TO START line
 * naming the key, and nothing served, not even a ready health check. (The demo-data rule needs an
 * external database; its logic is unit-tested, and the PostgreSQL ITs run with its override.)
 */
class BundleRefusalIT {

  @Test
  void aToyTwilioTokenStopsStartUpAndNothingIsServed() throws Exception {
    try (RunningBundle bundle = RunningBundle.onEmbeddedDefault("refusal", Map.of("MAE_TWILIO_AUTH_TOKEN", "changeme"))) {
      String line = bundle.startAndAwaitLog("REFUSING TO START", Duration.ofMinutes(3));
      assertTrue(line.contains("MAE_TWILIO_AUTH_TOKEN"), line);
      HttpClient http = HttpClient.newHttpClient();
      for (String path : new String[] {"/health/ready", "/api/v1/reports/MAE-2026-000001/status?code=x", "/"}) {
        int status = http.send(HttpRequest.newBuilder(URI.create(bundle.url(path))).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.discarding()).statusCode();
        assertNotEquals(200, status, path + " must not be served");
        assertTrue(status >= 500 || status == 404, path + ": " + status);
      }
    }
  }
}
