package mx.gob.sre.mae.gateway.application.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * The private access code a family uses to follow a case: 12 characters from an alphabet without
 * look-alikes (about 58 bits), shown once, stored only as a SHA-256 digest.
 */
public final class AccessCodes {

  private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
  private static final int LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private AccessCodes() {}

  /** A new code, grouped for reading aloud: {@code ABCD-EFGH-JKMN}. */
  public static String generate() {
    StringBuilder sb = new StringBuilder(LENGTH + 2);
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0 && i % 4 == 0) {
        sb.append('-');
      }
      sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return sb.toString();
  }

  public static String hash(String code) {
    return DigestUtils.sha256Hex(normalise(code).getBytes(StandardCharsets.US_ASCII));
  }

  /** Constant-time comparison of a typed code with a stored digest; dashes, spaces and case ignored. */
  public static boolean matches(String typed, String storedHash) {
    if (typed == null || storedHash == null) {
      return false;
    }
    byte[] a = hash(typed).getBytes(StandardCharsets.US_ASCII);
    byte[] b = storedHash.getBytes(StandardCharsets.US_ASCII);
    return MessageDigest.isEqual(a, b);
  }

  private static String normalise(String code) {
    return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }
}
