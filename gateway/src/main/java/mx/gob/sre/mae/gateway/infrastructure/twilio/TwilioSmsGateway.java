package mx.gob.sre.mae.gateway.infrastructure.twilio;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import jakarta.json.Json;
import java.net.URI;
import java.util.Set;
import mx.gob.sre.mae.routes.notify.PermanentSendFailure;
import mx.gob.sre.mae.routes.notify.TextMessage;
import mx.gob.sre.mae.routes.notify.TextMessageTransport;

/**
 * Sends the family route's SMS and WhatsApp messages through Twilio's Messages API, each with a status
 * callback to MAE_PUBLIC_URL/twilio/status. Outside WhatsApp's 24-hour window free text is refused,
 * so the configured template goes instead, with the folio as its variable. Twilio's refusals that no
 * retry can fix become {@link PermanentSendFailure} (the message is parked for a person); throttling,
 * server errors and network failures become an {@link IllegalStateException}, retried with backoff.
 */
public class TwilioSmsGateway implements TextMessageTransport {

  private static final String WHATSAPP_PREFIX = "whatsapp:";
  private static final String UNREACHABLE = "Twilio could not be reached or gave no usable answer: ";

  /**
   * Twilio error codes no retry fixes: 21211 invalid To, 21614 not a mobile number, 21610 recipient
   * unsubscribed (STOP), 21408 region not enabled, 63016 outside the WhatsApp window, 21606 and 21659
   * a From we may not send from.
   */
  static final Set<Integer> PERMANENT_CODES = Set.of(21211, 21614, 21610, 21408, 63016, 21606, 21659);

  private final TwilioSettings settings;
  private final TwilioRestClient client;

  public TwilioSmsGateway(TwilioSettings settings) {
    this(settings, settings.configured()
        ? new TwilioRestClient.Builder(settings.accountSid(), settings.authToken()).httpClient(new RedirectingHttpClient(settings)).build()
        : null);
  }

  /** With a client built elsewhere (tests). */
  public TwilioSmsGateway(TwilioSettings settings, TwilioRestClient client) {
    this.settings = settings;
    this.client = client;
  }

  @Override
  public String send(TextMessage message) {
    if (client == null) {
      throw TwilioSettings.notConfigured("no SMS or WhatsApp message can be sent");
    }
    MessageCreator creator = switch (message.channel()) {
      case TextMessage.SMS -> sms(message);
      case TextMessage.WHATSAPP -> whatsApp(message);
      default -> throw new PermanentSendFailure("No text channel '" + message.channel() + "'");
    };
    creator.setStatusCallback(URI.create(settings.statusCallbackUrl()));
    try {
      return creator.create(client).getSid();
    } catch (ApiException e) {
      throw failure(e);
    } catch (RuntimeException e) {
      throw new IllegalStateException(UNREACHABLE + e.getMessage(), e);
    }
  }

  private MessageCreator sms(TextMessage message) {
    PhoneNumber to = new PhoneNumber(message.to());
    if (!settings.messagingServiceSid().isEmpty()) {
      return Message.creator(to, settings.messagingServiceSid(), message.body());
    }
    if (!settings.smsFrom().isEmpty()) {
      return Message.creator(to, new PhoneNumber(settings.smsFrom()), message.body());
    }
    throw new PermanentSendFailure("No SMS sender configured (" + TwilioSettings.SMS_FROM + " or "
        + TwilioSettings.MESSAGING_SERVICE_SID + ")");
  }

  private MessageCreator whatsApp(TextMessage message) {
    if (settings.whatsAppFrom().isEmpty()) {
      throw new PermanentSendFailure("No WhatsApp sender configured (" + TwilioSettings.WHATSAPP_FROM + ")");
    }
    PhoneNumber to = new PhoneNumber(whatsApp(message.to()));
    PhoneNumber from = new PhoneNumber(whatsApp(settings.whatsAppFrom()));
    if (message.sessionOpen()) {
      return Message.creator(to, from, message.body());
    }
    if (settings.whatsAppTemplateSid().isEmpty()) {
      throw new PermanentSendFailure("WhatsApp's 24-hour window is closed and no template is configured ("
          + TwilioSettings.WHATSAPP_TEMPLATE_SID + "): free text would be refused");
    }
    return Message.creator(to, from, (String) null)
        .setContentSid(settings.whatsAppTemplateSid())
        .setContentVariables(Json.createObjectBuilder().add("1", message.folio() == null ? "" : message.folio()).build().toString());
  }

  private static String whatsApp(String number) {
    return number.startsWith(WHATSAPP_PREFIX) ? number : WHATSAPP_PREFIX + number;
  }

  /** Permanent when Twilio's code or HTTP status says retrying cannot help; retryable otherwise. */
  static RuntimeException failure(ApiException e) {
    Integer code = e.getCode();
    Integer status = e.getStatusCode();
    if (code == null && status == null) {
      // no Twilio answer to read: a network failure, a timeout, or an error body that is not Twilio's JSON
      return new IllegalStateException(UNREACHABLE + e.getMessage(), e);
    }
    String description = "Twilio refused the message (code " + code + ", HTTP " + status + "): " + e.getMessage();
    boolean permanent = (code != null && PERMANENT_CODES.contains(code)) || (status != null && permanentStatus(status));
    return permanent ? new PermanentSendFailure(description, e) : new IllegalStateException(description, e);
  }

  /**
   * 4xx means this request is wrong and will stay wrong, except 429 (throttled), 408 (timed out) and
   * 401/403 (our credentials or account: fixed by an operator, then the retry goes through).
   */
  private static boolean permanentStatus(int status) {
    return status >= 400 && status < 500 && status != 429 && status != 408 && status != 401 && status != 403;
  }
}
