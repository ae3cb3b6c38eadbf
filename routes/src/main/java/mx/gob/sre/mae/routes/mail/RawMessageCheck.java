package mx.gob.sre.mae.routes.mail;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Decides whether raw bytes are an email at all: a header block of mostly well-formed fields naming at least one message header. */
final class RawMessageCheck {

  private static final int HEADER_SCAN_LIMIT = 256 * 1024;
  private static final Pattern FIELD = Pattern.compile("^([\\x21-\\x39\\x3B-\\x7E]+)[ \\t]*:.*");
  private static final Set<String> MESSAGE_HEADERS = Set.of(
      "from", "sender", "to", "cc", "subject", "date", "message-id", "received", "return-path", "mime-version",
      "content-type", "delivered-to", "reply-to", "in-reply-to", "references");

  private RawMessageCheck() {}

  /** Where the header block starts: blank lines some relays and exports put before it are skipped. */
  static int start(byte[] raw) {
    int i = 0;
    while (i < raw.length && (raw[i] == '\r' || raw[i] == '\n' || raw[i] == ' ' || raw[i] == '\t')) {
      i++;
    }
    return i;
  }

  /** Null when the bytes can be read as an email, otherwise why not. */
  static String problem(byte[] raw) {
    if (raw == null || raw.length == 0) {
      return "empty message";
    }
    int start = start(raw);
    int scan = Math.min(raw.length - start, HEADER_SCAN_LIMIT);
    String head = new String(raw, start, scan, StandardCharsets.ISO_8859_1);
    if (head.isBlank()) {
      return "message has only white space";
    }
    int valid = 0;
    int invalid = 0;
    boolean known = false;
    boolean first = true;
    for (String line : head.split("\r?\n", -1)) {
      if (line.isEmpty()) {
        break;
      }
      if (line.indexOf('\0') >= 0) {
        return "binary data in the header block";
      }
      if (first && line.startsWith("From ")) {
        first = false;
        continue;
      }
      var m = FIELD.matcher(line);
      if (m.matches()) {
        valid++;
        known |= MESSAGE_HEADERS.contains(m.group(1).toLowerCase(Locale.ROOT));
      } else if (!first && (line.charAt(0) == ' ' || line.charAt(0) == '\t')) {
        continue;
      } else {
        if (first) {
          return "the first line is not a header field";
        }
        invalid++;
      }
      first = false;
    }
    if (!known) {
      return "no message header (From, To, Subject, Date, Message-ID, …)";
    }
    return invalid > valid ? "more malformed header lines than header fields" : null;
  }
}
