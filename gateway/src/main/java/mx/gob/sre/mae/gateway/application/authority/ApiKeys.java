package mx.gob.sre.mae.gateway.application.authority;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API keys of foreign authorities: {@code mae_<key id>.<secret>}. The key id (16 hex characters) is
 * public and finds the key; the secret is 256 random bits, shown once and kept only as its SHA-256
 * (a high-entropy secret needs no slow password hash), and compared in constant time.
 */
public final class ApiKeys {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern FORMAT = Pattern.compile("mae_([0-9a-f]{16})\\.([A-Za-z0-9_-]{43})");
  /** Compared against when a key id is unknown, so an unknown id costs what a wrong secret costs. */
  private static final String NO_KEY = sha256("no-such-key");

  /** A key just made: the whole key (to show once), its public id and the digest to store. */
  public record IssuedKey(String apiKey, String keyId, String secretSha256) {}

  /** A key as presented: its public id and its secret. */
  public record PresentedKey(String keyId, String secret) {}

  private ApiKeys() {}

  public static IssuedKey generate() {
    byte[] id = new byte[8];
    byte[] secret = new byte[32];
    RANDOM.nextBytes(id);
    RANDOM.nextBytes(secret);
    return of(HexFormat.of().formatHex(id), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
  }

  /** The key with this id and secret (demo data and tests; production keys come from {@link #generate}). */
  public static IssuedKey of(String keyId, String secret) {
    String key = "mae_" + keyId + "." + secret;
    if (parse(key).isEmpty()) {
      throw new IllegalArgumentException("Not a key: id of 16 hex characters, secret of 43 base64url characters");
    }
    return new IssuedKey(key, keyId, sha256(secret));
  }

  /** The key id and secret of a presented key, or empty when it is not shaped like one of ours. */
  public static Optional<PresentedKey> parse(String presented) {
    if (presented == null) {
      return Optional.empty();
    }
    Matcher m = FORMAT.matcher(presented.strip());
    return m.matches() ? Optional.of(new PresentedKey(m.group(1), m.group(2))) : Optional.empty();
  }

  /** Whether {@code secret} hashes to {@code storedSha256}, in time independent of where they differ. */
  public static boolean matches(String secret, String storedSha256) {
    byte[] expected = HexFormat.of().parseHex(storedSha256 == null ? NO_KEY : storedSha256);
    byte[] actual = HexFormat.of().parseHex(sha256(secret == null ? "" : secret));
    return MessageDigest.isEqual(actual, expected) && storedSha256 != null;
  }

  public static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
