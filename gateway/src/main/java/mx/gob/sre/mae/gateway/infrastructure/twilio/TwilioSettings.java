package mx.gob.sre.mae.gateway.infrastructure.twilio;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;
import org.eclipse.microprofile.config.Config;

/**
 * Everything the Twilio adapter needs, read once from MicroProfile Config so the adapter's classes
 * can be built (and tested) without a container. The auth token never appears in {@link #toString()}.
 *
 * @param accountSid MAE_TWILIO_ACCOUNT_SID
 * @param authToken MAE_TWILIO_AUTH_TOKEN
 * @param apiUrl MAE_TWILIO_API_URL: empty = the real Twilio; else every request to a *.twilio.com
 *     host goes to this base instead (a local stub), keeping path and query
 * @param smsFrom MAE_TWILIO_SMS_FROM: the E.164 number SMS are sent from
 * @param messagingServiceSid MAE_TWILIO_MESSAGING_SERVICE_SID: sends SMS through this Messaging
 *     Service instead (preferred over {@code smsFrom} when both are set)
 * @param whatsAppFrom MAE_TWILIO_WHATSAPP_FROM: the E.164 WhatsApp sender
 * @param whatsAppTemplateSid MAE_TWILIO_WHATSAPP_TEMPLATE_SID: the Content API template (HX...)
 *     sent outside WhatsApp's 24-hour window, with the folio as its variable 1
 * @param publicUrl MAE_PUBLIC_URL: where Twilio reaches our webhooks (status callbacks)
 * @param timeout MAE_TWILIO_TIMEOUT_MS: connect and read timeout of every call to Twilio
 */
public record TwilioSettings(String accountSid, String authToken, String apiUrl, String smsFrom, String messagingServiceSid,
    String whatsAppFrom, String whatsAppTemplateSid, String publicUrl, Duration timeout) {

  public static final String ACCOUNT_SID = "MAE_TWILIO_ACCOUNT_SID";
  public static final String AUTH_TOKEN = "MAE_TWILIO_AUTH_TOKEN";
  public static final String API_URL = "MAE_TWILIO_API_URL";
  public static final String SMS_FROM = "MAE_TWILIO_SMS_FROM";
  public static final String MESSAGING_SERVICE_SID = "MAE_TWILIO_MESSAGING_SERVICE_SID";
  public static final String WHATSAPP_FROM = "MAE_TWILIO_WHATSAPP_FROM";
  public static final String WHATSAPP_TEMPLATE_SID = "MAE_TWILIO_WHATSAPP_TEMPLATE_SID";
  public static final String TIMEOUT_MS = "MAE_TWILIO_TIMEOUT_MS";
  static final String DEFAULT_TIMEOUT_MS = "10000";

  public TwilioSettings {
    accountSid = clean(accountSid);
    authToken = clean(authToken);
    apiUrl = withoutTrailingSlash(clean(apiUrl));
    smsFrom = clean(smsFrom);
    messagingServiceSid = clean(messagingServiceSid);
    whatsAppFrom = clean(whatsAppFrom);
    whatsAppTemplateSid = clean(whatsAppTemplateSid);
    publicUrl = withoutTrailingSlash(clean(publicUrl));
    if (publicUrl.isEmpty()) {
      publicUrl = MaeConfig.PUBLIC_URL.defaultValue();
    }
    timeout = timeout == null ? Duration.ofMillis(Long.parseLong(DEFAULT_TIMEOUT_MS)) : timeout;
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("Configuration " + TIMEOUT_MS + " must be positive: " + timeout.toMillis());
    }
    if (!apiUrl.isEmpty()) {
      URI base = URI.create(apiUrl);
      if (base.getHost() == null || !("http".equals(base.getScheme()) || "https".equals(base.getScheme()))) {
        throw new IllegalArgumentException("Configuration " + API_URL + " is not an http(s) URL: '" + apiUrl + "'");
      }
    }
  }

  /** Reads the MAE_TWILIO_* keys and MAE_PUBLIC_URL; blank counts as unset. */
  public static TwilioSettings fromConfig(Config config) {
    String timeoutMs = value(config, TIMEOUT_MS, DEFAULT_TIMEOUT_MS);
    Duration timeout;
    try {
      timeout = Duration.ofMillis(Long.parseLong(timeoutMs));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Configuration " + TIMEOUT_MS + " is not a whole number of milliseconds: '" + timeoutMs + "'");
    }
    return new TwilioSettings(value(config, ACCOUNT_SID, ""), value(config, AUTH_TOKEN, ""), value(config, API_URL, ""),
        value(config, SMS_FROM, ""), value(config, MESSAGING_SERVICE_SID, ""), value(config, WHATSAPP_FROM, ""),
        value(config, WHATSAPP_TEMPLATE_SID, ""), value(config, MaeConfig.PUBLIC_URL.key(), MaeConfig.PUBLIC_URL.defaultValue()),
        timeout);
  }

  /** Account SID and auth token are both set: the adapter can talk to Twilio. */
  public boolean configured() {
    return !accountSid.isEmpty() && !authToken.isEmpty();
  }

  /** What the adapter throws when asked to act without credentials: a retryable failure, fixed by configuring them. */
  static IllegalStateException notConfigured(String consequence) {
    return new IllegalStateException("Twilio is not configured (" + ACCOUNT_SID + ", " + AUTH_TOKEN + "): " + consequence);
  }

  /** The local stub every *.twilio.com request goes to instead, when one is configured. */
  public Optional<URI> apiBase() {
    return apiUrl.isEmpty() ? Optional.empty() : Optional.of(URI.create(apiUrl));
  }

  /** Where Twilio posts message status changes. */
  public String statusCallbackUrl() {
    return publicUrl + "/api/twilio/status";
  }

  @Override
  public String toString() {
    return "TwilioSettings[accountSid=" + accountSid + ", authToken=" + (authToken.isEmpty() ? "" : "***") + ", apiUrl=" + apiUrl
        + ", smsFrom=" + smsFrom + ", messagingServiceSid=" + messagingServiceSid + ", whatsAppFrom=" + whatsAppFrom
        + ", whatsAppTemplateSid=" + whatsAppTemplateSid + ", publicUrl=" + publicUrl + ", timeout=" + timeout + "]";
  }

  private static String value(Config config, String key, String defaultValue) {
    return config.getOptionalValue(key, String.class).map(String::strip).filter(v -> !v.isEmpty()).orElse(defaultValue);
  }

  private static String clean(String value) {
    return value == null ? "" : value.strip();
  }

  private static String withoutTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
