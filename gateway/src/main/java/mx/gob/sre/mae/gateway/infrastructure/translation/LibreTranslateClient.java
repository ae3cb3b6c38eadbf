package mx.gob.sre.mae.gateway.infrastructure.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.sre.mae.gateway.application.routing.MachineTranslator;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A LibreTranslate-compatible HTTP endpoint (POST /translate), off unless MAE_LIBRETRANSLATE_URL is
 * set; MAE_LIBRETRANSLATE_API_KEY if the service needs one. Connect timeout 5 s, answer within 30 s.
 */
@ApplicationScoped
public class LibreTranslateClient implements MachineTranslator {

  private static final Logger LOG = Logger.getLogger(LibreTranslateClient.class.getName());

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Config config() {
    return ConfigProvider.getConfig(LibreTranslateClient.class.getClassLoader());
  }

  private Optional<String> url() {
    return config().getOptionalValue("MAE_LIBRETRANSLATE_URL", String.class).map(String::strip).filter(u -> !u.isEmpty());
  }

  @Override
  public boolean enabled() {
    return url().isPresent();
  }

  @Override
  public String name() {
    return "libretranslate";
  }

  @Override
  public Optional<String> toSpanish(String text, String fromLanguage) {
    if (url().isEmpty()) {
      return Optional.empty();
    }
    JsonObjectBuilder body = Json.createObjectBuilder().add("q", text).add("source", fromLanguage).add("target", "es").add("format", "text");
    config().getOptionalValue("MAE_LIBRETRANSLATE_API_KEY", String.class).ifPresent(k -> body.add("api_key", k));
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url().get().replaceAll("/$", "") + "/translate"))
              .timeout(Duration.ofSeconds(30))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body.build().toString()))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        LOG.warning(() -> "LibreTranslate answered " + r.statusCode());
        return Optional.empty();
      }
      JsonObject json = Json.createReader(new StringReader(r.body())).readObject();
      return Optional.ofNullable(json.getString("translatedText", null)).filter(t -> !t.isBlank());
    } catch (java.io.IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "LibreTranslate unavailable", e);
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
