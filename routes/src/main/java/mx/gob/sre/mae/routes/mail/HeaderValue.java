package mx.gob.sre.mae.routes.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Content-Type or Content-Disposition value with its parameters, parsed leniently (unbalanced quotes, stray
 * semicolons, RFC 2231 continuations and charsets, encoded-words, raw 8-bit), since Jakarta Mail's strictness is
 * a JVM-wide system property.
 */
record HeaderValue(String value, Map<String, String> parameters, boolean guessed) {

  /** Parses a raw (unfolded) header value; a null or blank value gives the given default. */
  static HeaderValue parse(String raw, String defaultValue) {
    if (raw == null || raw.isBlank()) {
      return new HeaderValue(defaultValue, Map.of(), false);
    }
    List<String> pieces = split(raw);
    String value = pieces.get(0).trim().toLowerCase(Locale.ROOT);
    Map<String, String> simple = new LinkedHashMap<>();
    Map<String, TreeMap<Integer, String>> continued = new LinkedHashMap<>();
    for (String piece : pieces.subList(1, pieces.size())) {
      int eq = piece.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String name = piece.substring(0, eq).trim().toLowerCase(Locale.ROOT);
      String val = unquote(piece.substring(eq + 1).trim());
      int star = name.indexOf('*');
      if (star < 0) {
        simple.putIfAbsent(name, val);
      } else {
        String base = name.substring(0, star);
        String section = name.substring(star + 1);
        boolean encoded = section.endsWith("*") || section.isEmpty();
        String number = section.replace("*", "");
        int index = number.isEmpty() ? 0 : parseIndex(number);
        continued.computeIfAbsent(base, k -> new TreeMap<>()).put(index, (encoded ? "*" : "=") + val);
      }
    }
    boolean guessed = false;
    Map<String, String> parameters = new LinkedHashMap<>();
    for (var entry : continued.entrySet()) {
      TextDecoder.Decoded decoded = rfc2231(entry.getValue());
      parameters.put(entry.getKey(), decoded.text());
      guessed |= decoded.guessed();
    }
    for (var entry : simple.entrySet()) {
      if (!parameters.containsKey(entry.getKey())) {
        TextDecoder.Decoded fixed = TextDecoder.headerChars(entry.getValue());
        TextDecoder.Decoded decoded = EncodedWords.decode(fixed.text());
        parameters.put(entry.getKey(), decoded.text());
        guessed |= fixed.guessed() || decoded.guessed();
      }
    }
    if (value.isEmpty() || (defaultValue != null && defaultValue.contains("/") && !value.contains("/"))) {
      value = defaultValue;
    }
    return new HeaderValue(value, Map.copyOf(parameters), guessed);
  }

  /** A parameter by lower-case name, or null. */
  String parameter(String name) {
    return parameters.get(name);
  }

  /** The part before the slash of a media type. */
  String primaryType() {
    int slash = value.indexOf('/');
    return slash < 0 ? value : value.substring(0, slash);
  }

  /** The part after the slash of a media type. */
  String subType() {
    int slash = value.indexOf('/');
    return slash < 0 ? "" : value.substring(slash + 1);
  }

  private static List<String> split(String raw) {
    List<String> pieces = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\\' && quoted && i + 1 < raw.length()) {
        current.append(c).append(raw.charAt(++i));
        continue;
      } else if (c == ';' && !quoted) {
        pieces.add(current.toString());
        current.setLength(0);
        continue;
      } else if ((c == '\r' || c == '\n') && !quoted) {
        continue;
      }
      current.append(c);
    }
    pieces.add(current.toString());
    return pieces;
  }

  private static String unquote(String value) {
    String v = value;
    if (v.startsWith("\"")) {
      v = v.substring(1);
      int end = v.lastIndexOf('"');
      if (end >= 0) {
        v = v.substring(0, end);
      }
      return v.replaceAll("\\\\(.)", "$1");
    }
    return v;
  }

  private static int parseIndex(String number) {
    try {
      return Integer.parseInt(number);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  private static TextDecoder.Decoded rfc2231(TreeMap<Integer, String> sections) {
    String charset = null;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean first = true;
    for (String section : sections.values()) {
      boolean encoded = section.charAt(0) == '*';
      String text = section.substring(1);
      if (encoded && first) {
        int q1 = text.indexOf('\'');
        int q2 = q1 < 0 ? -1 : text.indexOf('\'', q1 + 1);
        if (q2 > 0) {
          charset = text.substring(0, q1);
          text = text.substring(q2 + 1);
        }
      }
      first = false;
      if (encoded) {
        percentDecode(text, bytes);
      } else {
        bytes.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
      }
    }
    return TextDecoder.decode(bytes.toByteArray(), charset);
  }

  private static void percentDecode(String text, ByteArrayOutputStream out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length()
          && Character.digit(text.charAt(i + 1), 16) >= 0 && Character.digit(text.charAt(i + 2), 16) >= 0) {
        out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.write(c <= 0xFF ? c : '?');
      }
    }
  }
}
