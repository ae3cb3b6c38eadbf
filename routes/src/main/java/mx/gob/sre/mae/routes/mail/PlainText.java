package mx.gob.sre.mae.routes.mail;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Normalizes text for storage: LF line ends, NFC, no control or bidi-override characters, no trailing spaces, at most one blank line. */
final class PlainText {

  private static final Pattern UNSAFE = Pattern.compile(
      "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\u200B\\u202A-\\u202E\\u2066-\\u2069\\uFEFF\\uFFFE\\uFFFF]");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

  private PlainText() {}

  static String normalize(String text) {
    if (text == null) {
      return "";
    }
    String s = text.replace("\r\n", "\n").replace('\r', '\n');
    s = Normalizer.normalize(s, Normalizer.Form.NFC);
    s = UNSAFE.matcher(s).replaceAll("");
    s = stripLineEnds(s);
    s = BLANK_LINES.matcher(s).replaceAll("\n\n");
    return s.strip();
  }

  /** Drops spaces, tabs and no-break spaces before each line end (a loop: a regex would be quadratic on long runs). */
  private static String stripLineEnds(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int lineStart = 0;
    while (lineStart <= s.length()) {
      int newline = s.indexOf('\n', lineStart);
      int end = newline < 0 ? s.length() : newline;
      int cut = end;
      while (cut > lineStart && isBlank(s.charAt(cut - 1))) {
        cut--;
      }
      out.append(s, lineStart, cut);
      if (newline < 0) {
        break;
      }
      out.append('\n');
      lineStart = newline + 1;
    }
    return out.toString();
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
  }
}
