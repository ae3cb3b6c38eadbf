package mx.gob.sre.mae.gateway.infrastructure.twilio;

import com.twilio.security.RequestValidator;
import java.util.Map;
import mx.gob.sre.mae.gateway.application.phone.WebhookSignatureVerifier;

/**
 * Checks X-Twilio-Signature with the SDK's validator (HMAC-SHA1 of the URL and the sorted form
 * parameters, keyed with the auth token), so a forged webhook cannot open a case or fetch a recording.
 * The URL must be the one Twilio called (the configured public URL), not the one a proxy forwarded to.
 * Without an auth token nothing is valid.
 */
public class TwilioSignatureVerifier implements WebhookSignatureVerifier {

  private final RequestValidator validator;

  public TwilioSignatureVerifier(TwilioSettings settings) {
    this.validator = settings.authToken().isEmpty() ? null : new RequestValidator(settings.authToken());
  }

  @Override
  public boolean isValid(String publicUrl, Map<String, String> formParams, String signature) {
    if (validator == null || publicUrl == null || signature == null || signature.isBlank()) {
      return false;
    }
    return validator.validate(publicUrl, formParams == null ? Map.of() : formParams, signature.strip());
  }
}
