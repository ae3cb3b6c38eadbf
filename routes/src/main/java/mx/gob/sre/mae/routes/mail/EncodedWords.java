package mx.gob.sre.mae.routes.mail;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes RFC 2047 encoded-words (Q and B) leniently, joining adjacent words so split multi-byte characters survive. */
final class EncodedWords {

  private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([QqBb])\\?([^?]*)\\?=");

  private EncodedWords() {}

  /** Decodes every encoded-word in the text; the rest is kept as it is. */
  static TextDecoder.Decoded decode(String text) {
    if (text == null || !text.contains("=?")) {
      return new TextDecoder.Decoded(text, false);
    }
    StringBuilder out = new StringBuilder();
    ByteArrayOutputStream pending = new ByteArrayOutputStream();
    String pendingCharset = null;
    boolean guessed = false;
    int last = 0;
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String gap = text.substring(last, m.start());
      boolean adjacent = pendingCharset != null && gap.isBlank();
      String charset = m.group(1);
      if (pendingCharset != null && !(adjacent && charset.equalsIgnoreCase(pendingCharset))) {
        guessed |= flush(out, pending, pendingCharset);
        pendingCharset = null;
      }
      if (!adjacent) {
        out.append(gap);
      }
      pendingCharset = charset;
      byte[] bytes = m.group(2).equalsIgnoreCase("B") ? base64(m.group(3)) : quoted(m.group(3));
      pending.writeBytes(bytes);
      last = m.end();
    }
    if (pendingCharset != null) {
      guessed |= flush(out, pending, pendingCharset);
    }
    out.append(text.substring(last));
    return new TextDecoder.Decoded(out.toString(), guessed);
  }

  private static boolean flush(StringBuilder out, ByteArrayOutputStream pending, String charset) {
    TextDecoder.Decoded decoded = TextDecoder.decode(pending.toByteArray(), charset);
    out.append(decoded.text());
    pending.reset();
    return decoded.guessed();
  }

  private static byte[] base64(String encoded) {
    String clean = encoded.replaceAll("[^A-Za-z0-9+/]", "");
    if (clean.length() % 4 == 1) {
      clean = clean.substring(0, clean.length() - 1);
    }
    return Base64.getDecoder().decode(clean + "==".substring(0, (4 - clean.length() % 4) % 4));
  }

  private static byte[] quoted(String encoded) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '_') {
        out.write(' ');
      } else if (c == '=' && i + 2 < encoded.length() && isHex(encoded.charAt(i + 1)) && isHex(encoded.charAt(i + 2))) {
        out.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.write(c <= 0xFF ? c : '?');
      }
    }
    return out.toByteArray();
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }
}
