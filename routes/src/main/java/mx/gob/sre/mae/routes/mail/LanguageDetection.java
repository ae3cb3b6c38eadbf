package mx.gob.sre.mae.routes.mail;

import static com.github.pemistahl.lingua.api.Language.DUTCH;
import static com.github.pemistahl.lingua.api.Language.ENGLISH;
import static com.github.pemistahl.lingua.api.Language.FRENCH;
import static com.github.pemistahl.lingua.api.Language.GERMAN;
import static com.github.pemistahl.lingua.api.Language.ITALIAN;
import static com.github.pemistahl.lingua.api.Language.PORTUGUESE;
import static com.github.pemistahl.lingua.api.Language.SPANISH;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Pattern;

/** The language of a text among those families write in, with Lingua built once (lazily) for those seven languages only. */
public final class LanguageDetection {

  /** Fewer letters than this give no language. */
  static final int MIN_LETTERS = 20;
  /**
   * Lingua 1.2 scales confidences so that the most likely language gets 1.0; a runner-up closer than this
   * gives no language.
   */
  static final double MAX_RUNNER_UP = 0.9;

  /** Longer texts are cut: the first few paragraphs tell the language, and Lingua's time grows with the text. */
  static final int MAX_CHARS = 2000;

  private static final Pattern NOISE = Pattern.compile(
      "(?i)\\b(?:https?://|www\\.)\\S+|(?<!\\S)[^\\s@]++@\\S+|\\b(?:re|fwd?|rv|tr|enc|aw|wg)\\s*:"
          + "|MAE-\\d{4}-\\d+|\\[…]");

  private LanguageDetection() {}

  /** Holds the detector, built on first use: loading models takes seconds and memory, so it happens once. */
  private static final class Holder {
    static final LanguageDetector DETECTOR = LanguageDetectorBuilder
        .fromLanguages(SPANISH, ENGLISH, FRENCH, PORTUGUESE, GERMAN, ITALIAN, DUTCH)
        .build();
  }

  /** The ISO 639-1 code of the text's language, or null when the text is too short or the language uncertain. */
  public static String isoCode(String text) {
    if (text == null) {
      return null;
    }
    String clean = NOISE.matcher(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text).replaceAll(" ");
    if (clean.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
      return null;
    }
    SortedMap<Language, Double> confidence = detector().computeLanguageConfidenceValues(clean);
    if (confidence.isEmpty()) {
      return null;
    }
    var entries = confidence.entrySet().iterator();
    Map.Entry<Language, Double> best = entries.next();
    double runnerUp = entries.hasNext() ? entries.next().getValue() : 0.0;
    if (best.getKey() == Language.UNKNOWN || runnerUp > best.getValue() * MAX_RUNNER_UP) {
      return null;
    }
    return best.getKey().getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
  }

  /** The one shared detector. */
  static LanguageDetector detector() {
    return Holder.DETECTOR;
  }
}
