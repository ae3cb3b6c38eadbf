package mx.gob.sre.mae.gateway.infrastructure.twilio;

import com.twilio.http.HttpMethod;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import mx.gob.sre.mae.gateway.application.phone.VoiceRecordings;

/**
 * Downloads a call's recording from Twilio with the account's credentials (HTTP basic auth), through
 * the same client as the messages: explicit timeouts, and redirected to MAE_TWILIO_API_URL when set.
 * Twilio's RecordingUrl has no extension; asking for {@code .mp3} gets MP3. The URL comes from a
 * webhook, so only Twilio's hosts (or the configured stub) are fetched: a forged URL must not make
 * the gateway send its credentials, or any request, elsewhere.
 */
public class TwilioRecordingFetcher implements VoiceRecordings {

  private final TwilioSettings settings;
  private final RedirectingHttpClient http;

  public TwilioRecordingFetcher(TwilioSettings settings) {
    this.settings = settings;
    this.http = new RedirectingHttpClient(settings);
  }

  @Override
  public Recording fetch(String recordingUrl) {
    URI url = allowed(recordingUrl);
    if (!settings.configured()) {
      throw TwilioSettings.notConfigured("no recording can be fetched");
    }
    String path = url.getPath().toLowerCase(Locale.ROOT);
    boolean wav = path.endsWith(".wav");
    String address = path.endsWith(".mp3") || wav ? url.toString() : withExtension(url, ".mp3");
    String mediaType = wav ? "audio/wav" : "audio/mpeg";
    Request request = new Request(HttpMethod.GET, address);
    request.setAuth(settings.accountSid(), settings.authToken());
    request.addHeaderParam("Accept", mediaType);
    Response response;
    try {
      response = http.makeRequest(request);
    } catch (RuntimeException e) {
      throw new IllegalStateException("Recording download failed: " + e.getMessage(), e);
    }
    if (response.getStatusCode() < 200 || response.getStatusCode() > 299) {
      throw new IllegalStateException("Recording download failed: HTTP " + response.getStatusCode() + " for " + address);
    }
    try (InputStream in = response.getStream()) {
      return new Recording(in.readAllBytes(), mediaType);
    } catch (IOException e) {
      throw new IllegalStateException("Recording download failed while reading: " + e.getMessage(), e);
    }
  }

  /** The URL when it points at Twilio over HTTPS, or at the configured stub; otherwise refused. */
  private URI allowed(String recordingUrl) {
    URI url;
    try {
      url = new URI(Objects.requireNonNull(recordingUrl, "recording URL").strip());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("Not a recording URL: " + e.getMessage());
    }
    if (url.getRawUserInfo() == null && url.getHost() != null) {
      if ("https".equals(url.getScheme()) && RedirectingHttpClient.isTwilioHost(url.getHost())) {
        return url;
      }
      URI base = settings.apiBase().orElse(null);
      if (base != null && base.getScheme().equals(url.getScheme()) && base.getHost().equalsIgnoreCase(url.getHost())
          && base.getPort() == url.getPort()) {
        return url;
      }
    }
    throw new IllegalArgumentException("Refusing to fetch a recording from " + url.getScheme() + "://" + url.getHost()
        + ": not a Twilio host");
  }

  private static String withExtension(URI url, String extension) {
    return url.getScheme() + "://" + url.getRawAuthority() + url.getRawPath() + extension
        + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
  }
}
