package mx.gob.sre.mae.gateway.application.phone;

import java.util.Map;

/** Port: checks that a phone-provider webhook really comes from the provider (Twilio's X-Twilio-Signature). */
public interface WebhookSignatureVerifier {

  /**
   * @param publicUrl the URL the provider called, as the provider saw it (configured public base + path + query)
   * @param formParams the POSTed form parameters (one value each)
   * @param signature the signature header; null or blank is never valid
   */
  boolean isValid(String publicUrl, Map<String, String> formParams, String signature);
}
