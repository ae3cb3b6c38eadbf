package mx.gob.sre.mae.gateway.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** The one set of password-hash parameters, shared by the identity store and account creation. */
@ApplicationScoped
public class PasswordHashing {

  static final String ALGORITHM_PARAMETER = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
  static final String ITERATIONS_PARAMETER = "Pbkdf2PasswordHash.Iterations=210000";
  static final String SALT_PARAMETER = "Pbkdf2PasswordHash.SaltSizeBytes=32";
  static final String KEY_PARAMETER = "Pbkdf2PasswordHash.KeySizeBytes=64";

  @Inject Pbkdf2PasswordHash hash;

  public String hash(String password) {
    Map<String, String> parameters = new java.util.HashMap<>();
    for (String p : new String[] {ALGORITHM_PARAMETER, ITERATIONS_PARAMETER, SALT_PARAMETER, KEY_PARAMETER}) {
      String[] kv = p.split("=", 2);
      parameters.put(kv[0], kv[1]);
    }
    hash.initialize(parameters);
    return hash.generate(password.toCharArray());
  }
}
