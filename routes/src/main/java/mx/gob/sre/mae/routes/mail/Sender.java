package mx.gob.sre.mae.routes.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The address and display name of a From header, read leniently (bare names, raw 8-bit, broken quoting). */
record Sender(String address, String name, boolean guessed) {

  private static final Pattern NAME_ADDR = Pattern.compile("^(.*?)<([^<>]*)>[^<>]*$");
  private static final Pattern ANY_ADDRESS =
      Pattern.compile("(?<![^\\s<>()\",;:\\[\\]])[^\\s<>()\",;:\\[\\]@]++@[^\\s<>()\",;:\\[\\]]+");
  /** A From header is never this long; the rest of a longer one is ignored. */
  private static final int MAX_LENGTH = 2000;

  /** Parses a raw unfolded From value; null gives an empty sender. */
  static Sender parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return new Sender(null, null, false);
    }
    String bounded = raw.length() > MAX_LENGTH ? raw.substring(0, MAX_LENGTH) : raw;
    TextDecoder.Decoded fixed = TextDecoder.headerChars(bounded.trim());
    String value = fixed.text();
    Matcher m = NAME_ADDR.matcher(value);
    if (m.matches() && m.group(2).contains("@")) {
      return named(m.group(2), m.group(1), fixed.guessed());
    }
    try {
      InternetAddress[] parsed = InternetAddress.parseHeader(value, false);
      if (parsed.length > 0 && parsed[0].getAddress() != null
          && ANY_ADDRESS.matcher(parsed[0].getAddress()).matches()) {
        String personal = parsed[0].getPersonal();
        return named(parsed[0].getAddress(), personal, fixed.guessed());
      }
    } catch (AddressException | RuntimeException e) {
      // fall through to a plain search for an address
    }
    Matcher any = ANY_ADDRESS.matcher(value);
    if (any.find()) {
      String rest = (value.substring(0, any.start()) + " " + value.substring(any.end())).replaceAll("[<>()]", " ");
      return named(any.group(), rest, fixed.guessed());
    }
    return named(null, value, fixed.guessed());
  }

  private static Sender named(String address, String rawName, boolean guessed) {
    String addr = address == null ? null : address.trim().replaceAll("^[<'\"]+|[>'\"]+$", "");
    String name = null;
    boolean nameGuessed = false;
    if (rawName != null) {
      String n = rawName.trim();
      if (n.length() >= 2 && n.startsWith("\"") && n.endsWith("\"")) {
        n = n.substring(1, n.length() - 1).replaceAll("\\\\(.)", "$1");
      }
      TextDecoder.Decoded decoded = EncodedWords.decode(n.replace("\"", ""));
      name = PlainText.normalize(decoded.text()).replaceAll("\\s+", " ");
      nameGuessed = decoded.guessed();
      if (name.isEmpty() || name.equalsIgnoreCase(addr)) {
        name = null;
      }
    }
    return new Sender(addr == null || addr.isEmpty() ? null : addr, name, guessed || nameGuessed);
  }
}
