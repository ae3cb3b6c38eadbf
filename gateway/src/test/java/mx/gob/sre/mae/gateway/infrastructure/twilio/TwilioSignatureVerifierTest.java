package mx.gob.sre.mae.gateway.infrastructure.twilio;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** X-Twilio-Signature computed as Twilio documents it, independently of the SDK that checks it. */
class TwilioSignatureVerifierTest {

  private static final String URL = "https://mae.example.gob.mx/twilio/sms?consulate=GUA";
  private static final Map<String, String> PARAMS = Map.of(
      "AccountSid", TwilioStub.ACCOUNT_SID,
      "MessageSid", "SM3f1b2c4d5e6a7b8c9d0e1f2a3b4c5d6e",
      "From", "+5215512345678",
      "To", "+15005550006",
      "Body", "Mi hijo no ha llegado & no contesta");

  private final TwilioSignatureVerifier verifier = new TwilioSignatureVerifier(settings(TwilioStub.AUTH_TOKEN));

  @Test
  void acceptsTwilioSignature() {
    assertTrue(verifier.isValid(URL, PARAMS, sign(URL, PARAMS, TwilioStub.AUTH_TOKEN)));
  }

  @Test
  void refusesATamperedParameter() {
    Map<String, String> tampered = new HashMap<>(PARAMS);
    tampered.put("Body", "Mi hijo ya llegó");

    assertFalse(verifier.isValid(URL, tampered, sign(URL, PARAMS, TwilioStub.AUTH_TOKEN)));
  }

  @Test
  void refusesAMissingOrBlankSignature() {
    assertFalse(verifier.isValid(URL, PARAMS, null));
    assertFalse(verifier.isValid(URL, PARAMS, ""));
    assertFalse(verifier.isValid(URL, PARAMS, "  "));
  }

  @Test
  void refusesTheUrlAProxyForwardedTo() {
    String signature = sign(URL, PARAMS, TwilioStub.AUTH_TOKEN);

    assertFalse(verifier.isValid(URL.replace("https://", "http://"), PARAMS, signature));
    assertFalse(verifier.isValid("http://localhost:8080/twilio/sms?consulate=GUA", PARAMS, signature));
  }

  @Test
  void refusesASignatureMadeWithAnotherToken() {
    assertFalse(verifier.isValid(URL, PARAMS, sign(URL, PARAMS, "another-accounts-token-000000000")));
  }

  @Test
  void withoutAnAuthTokenNothingIsValid() {
    TwilioSignatureVerifier unconfigured = new TwilioSignatureVerifier(settings(""));

    assertFalse(unconfigured.isValid(URL, PARAMS, sign(URL, PARAMS, "")));
  }

  private static TwilioSettings settings(String authToken) {
    return new TwilioSettings(TwilioStub.ACCOUNT_SID, authToken, "", "", "", "", "", TwilioStub.PUBLIC_URL, null);
  }

  /** Base64 of HMAC-SHA1, keyed with the auth token, of the URL followed by each parameter's name and value in name order. */
  private static String sign(String url, Map<String, String> params, String authToken) {
    StringBuilder data = new StringBuilder(url);
    new TreeMap<>(params).forEach((name, value) -> data.append(name).append(value));
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(authToken.isEmpty() ? new byte[1] : authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
