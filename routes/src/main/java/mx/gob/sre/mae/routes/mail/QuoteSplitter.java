package mx.gob.sre.mae.routes.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Separates the new text of a reply or forward from what it quotes: {@code >} lines, "On … wrote:" attributions
 * in several languages, original-message and forwarded-message separators, and Outlook From/Sent header blocks.
 */
final class QuoteSplitter {

  /** The line that starts each quoted section in {@link ParsedEmail#quotedText()}. */
  static final String QUOTE_MARK = "--- Texto citado ---";
  /** Left in the text where quoted lines were cut out between new lines. */
  static final String OMISSION = "[…]";

  /** The new text and the quoted blocks, in order. */
  record Split(String text, List<String> quoted) {}

  private static final Pattern ATTRIBUTION = Pattern.compile(
      "(?iu)^\\s*(?:"
          + "on\\b.{0,250}\\bwrote\\s*:?"
          + "|el\\b.{0,250}\\bescribi[óo]\\s*:?"
          + "|le\\b.{0,250}\\ba\\s+[ée]crit\\s*:?"
          + "|em\\b.{0,250}\\bescreveu\\s*:?"
          + "|am\\b.{0,250}\\bschrieb\\b.{0,120}:"
          + "|il\\b.{0,250}\\bha\\s+scritto\\s*:?"
          + "|op\\b.{0,250}\\bschreef\\b.{0,120}:"
          + ")\\s*$");
  private static final Pattern SEPARATOR = Pattern.compile(
      "(?iu)^\\s*(?:"
          + "-{2,}\\s*(?:original message|mensaje original|message d'origine|mensagem original"
          + "|urspr[üu]ngliche nachricht|messaggio originale|oorspronkelijk bericht"
          + "|forwarded message|mensaje reenviado|message transf[ée]r[ée]|mensagem encaminhada"
          + "|weitergeleitete nachricht|messaggio inoltrato|doorgestuurd bericht)\\s*-{2,}"
          + "|(?:begin forwarded message|inicio del mensaje reenviado|comienzo del mensaje reenviado"
          + "|d[ée]but du message r[ée]exp[ée]di[ée]|in[íi]cio da mensagem reencaminhada"
          + "|mensagem reencaminhada|anfang der weitergeleiteten nachricht)\\s*:"
          + ")\\s*$");
  private static final Pattern HEADER_FROM = Pattern.compile("(?iu)^\\s*\\*?(?:from|de|von|da|van)\\s*:\\*?\\s*\\S.*$");
  private static final Pattern HEADER_SENT = Pattern.compile(
      "(?iu)^\\s*\\*?(?:sent|enviado(?: el)?|envoy[ée]|enviada em|gesendet|inviato|verzonden|date|fecha|data|datum)"
          + "\\s*:\\*?\\s*\\S.*$");
  private static final Pattern RULE = Pattern.compile("^\\s*_{10,}\\s*$");
  private static final int HEADER_BLOCK_REACH = 4;
  /** No reply header or separator line is longer; longer lines are never tested against the patterns. */
  private static final int MAX_MARKER_LINE = 1000;

  private QuoteSplitter() {}

  static Split split(String text) {
    String[] lines = text.replace("\r\n", "\n").split("\n", -1);
    List<String> kept = new ArrayList<>();
    List<String> quoted = new ArrayList<>();
    List<String> block = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      int cut = cutAt(lines, i);
      if (cut >= 0) {
        flush(block, quoted);
        int k = kept.size();
        while (k > 0 && kept.get(k - 1).isBlank()) {
          k--;
        }
        if (k > 0 && RULE.matcher(kept.get(k - 1)).matches()) {
          block.add(kept.get(k - 1));
          kept.subList(k - 1, kept.size()).clear();
        }
        for (int j = cut; j < lines.length; j++) {
          block.add(lines[j]);
        }
        flush(block, quoted);
        break;
      }
      int attribution = attributionLength(lines, i);
      if (attribution > 0 && nextNonBlankIsQuoted(lines, i + attribution)) {
        flush(block, quoted);
        for (int j = 0; j < attribution; j++) {
          block.add(lines[i + j]);
        }
        i += attribution - 1;
      } else if (attribution > 0) {
        flush(block, quoted);
        for (int j = i; j < lines.length; j++) {
          block.add(lines[j]);
        }
        flush(block, quoted);
        break;
      } else if (isQuoted(lines[i]) || (!block.isEmpty() && lines[i].isBlank() && nextNonBlankIsQuoted(lines, i))) {
        block.add(lines[i]);
      } else {
        if (!block.isEmpty()) {
          flush(block, quoted);
          if (!lines[i].isBlank() || hasContentAfter(lines, i)) {
            kept.add(OMISSION);
          }
        }
        kept.add(lines[i]);
      }
    }
    flush(block, quoted);
    return new Split(PlainText.normalize(String.join("\n", kept)), quoted);
  }

  /** Marks each quoted block and joins them. */
  static String mark(List<String> blocks) {
    StringBuilder out = new StringBuilder();
    for (String block : blocks) {
      if (block.isBlank()) {
        continue;
      }
      if (!out.isEmpty()) {
        out.append("\n\n");
      }
      out.append(block.startsWith("--- ") ? block : QUOTE_MARK + "\n" + block);
    }
    return out.toString();
  }

  private static int cutAt(String[] lines, int i) {
    if (lines[i].length() > MAX_MARKER_LINE) {
      return -1;
    }
    if (SEPARATOR.matcher(lines[i]).matches()) {
      return i;
    }
    if (HEADER_FROM.matcher(lines[i]).matches()) {
      for (int j = i + 1; j < Math.min(lines.length, i + 1 + HEADER_BLOCK_REACH); j++) {
        if (lines[j].length() <= MAX_MARKER_LINE && HEADER_SENT.matcher(lines[j]).matches() && (isSentWord(lines[j]) || lines[i].contains("@"))) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean isSentWord(String line) {
    return !line.trim().toLowerCase(Locale.ROOT).matches("\\*?(date|fecha|data|datum)\\s*:.*");
  }

  private static int attributionLength(String[] lines, int i) {
    if (lines[i].isBlank() || isQuoted(lines[i])) {
      return 0;
    }
    String joined = lines[i];
    for (int n = 1; n <= 3 && i + n <= lines.length; n++) {
      if (n > 1) {
        if (lines[i + n - 1].isBlank()) {
          return 0;
        }
        joined = joined + " " + lines[i + n - 1].trim();
      }
      if (joined.length() > 400) {
        return 0;
      }
      if (ATTRIBUTION.matcher(joined).matches()) {
        return n;
      }
    }
    return 0;
  }

  private static boolean isQuoted(String line) {
    return line.stripLeading().startsWith(">");
  }

  private static boolean nextNonBlankIsQuoted(String[] lines, int from) {
    for (int j = from; j < lines.length; j++) {
      if (!lines[j].isBlank()) {
        return isQuoted(lines[j]);
      }
    }
    return false;
  }

  private static boolean hasContentAfter(String[] lines, int from) {
    for (int j = from; j < lines.length; j++) {
      if (!lines[j].isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static void flush(List<String> block, List<String> quoted) {
    String text = PlainText.normalize(String.join("\n", block));
    if (!text.isEmpty()) {
      quoted.add(text);
    }
    block.clear();
  }
}
