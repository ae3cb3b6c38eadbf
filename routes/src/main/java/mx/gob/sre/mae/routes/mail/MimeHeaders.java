package mx.gob.sre.mae.routes.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads header fields of a message or part leniently: unfolded, 8-bit bytes and encoded-words decoded. */
final class MimeHeaders {

  private static final Pattern FOLD = Pattern.compile("\\r?\\n(?=[ \\t])");
  private static final Pattern BRACKETED = Pattern.compile("<([^<>]*)>");
  private static final Pattern UNSAFE_NAME = Pattern.compile("[\\x00-\\x1F\\x7F\"*:<>?|]");

  private MimeHeaders() {}

  /** The first value of a header, unfolded and trimmed, or null when absent or unreadable. */
  static String raw(Part part, String name) {
    String[] values = all(part, name);
    return values.length == 0 ? null : values[0];
  }

  /** Every value of a header, unfolded and trimmed. */
  static String[] all(Part part, String name) {
    try {
      String[] values = part.getHeader(name);
      if (values == null) {
        return new String[0];
      }
      String[] unfolded = new String[values.length];
      for (int i = 0; i < values.length; i++) {
        unfolded[i] = FOLD.matcher(values[i]).replaceAll("").replace("\r", "").replace("\n", " ").trim();
      }
      return unfolded;
    } catch (MessagingException | RuntimeException e) {
      return new String[0];
    }
  }

  /** A header as human text: raw 8-bit and encoded-words decoded, spaces collapsed; null when absent. */
  static TextDecoder.Decoded text(Part part, String name) {
    String raw = raw(part, name);
    if (raw == null) {
      return new TextDecoder.Decoded(null, false);
    }
    TextDecoder.Decoded fixed = TextDecoder.headerChars(raw);
    TextDecoder.Decoded decoded = EncodedWords.decode(fixed.text());
    String text = PlainText.normalize(decoded.text()).replaceAll("\\s+", " ");
    return new TextDecoder.Decoded(text, fixed.guessed() || decoded.guessed());
  }

  /** The Content-Type, {@code text/plain} when absent or unreadable (RFC 2045). */
  static HeaderValue contentType(Part part) {
    return HeaderValue.parse(raw(part, "Content-Type"), "text/plain");
  }

  /** The Content-Disposition; its value is null when absent. */
  static HeaderValue disposition(Part part) {
    return HeaderValue.parse(raw(part, "Content-Disposition"), null);
  }

  /** The file name from the disposition or the type, made safe (no directories, no control characters), or null. */
  static String fileName(HeaderValue contentType, HeaderValue disposition) {
    String name = disposition.parameter("filename");
    if (name == null || name.isBlank()) {
      name = contentType.parameter("name");
    }
    if (name == null) {
      return null;
    }
    name = name.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1);
    name = UNSAFE_NAME.matcher(PlainText.normalize(name)).replaceAll("_").strip();
    while (name.startsWith(".")) {
      name = name.substring(1);
    }
    return name.isBlank() ? null : name;
  }

  /** The message ids in a Message-ID, In-Reply-To or References value, without angle brackets. */
  static List<String> ids(String value) {
    List<String> ids = new ArrayList<>();
    if (value == null || value.isBlank()) {
      return ids;
    }
    Matcher m = BRACKETED.matcher(value);
    while (m.find()) {
      String id = clean(m.group(1));
      if (!id.isEmpty()) {
        ids.add(id);
      }
    }
    if (ids.isEmpty()) {
      for (String token : value.trim().split("[\\s,]+")) {
        String id = clean(token);
        if (id.contains("@") || (!id.isEmpty() && ids.isEmpty() && value.trim().split("\\s+").length == 1)) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  private static String clean(String id) {
    return id.replaceAll("[\\s\\x00-\\x1F\\x7F<>]", "");
  }
}
