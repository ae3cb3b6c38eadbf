package mx.gob.sre.mae.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages every user-facing text exists in, and the rule that picks one for a request. */
public enum Language {
  ES("es"),
  EN("en"),
  FR("fr"),
  PT("pt");

  /** Spanish is the language of the Mexican authorities and the fallback for everyone else. */
  public static final Language DEFAULT = ES;

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  public String tag() {
    return tag;
  }

  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  /** The supported language a tag such as {@code en}, {@code pt-BR} or {@code FR} names, if any. */
  public static Optional<Language> fromTag(String tag) {
    if (tag == null || tag.isBlank()) {
      return Optional.empty();
    }
    String primary = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
    return Arrays.stream(values()).filter(l -> l.tag.equals(primary)).findFirst();
  }

  /**
   * Picks the language of a request: an explicit choice (a {@code ?lang=} parameter or a field of
   * the body) wins, then the best match of an {@code Accept-Language} header, then Spanish.
   */
  public static Language resolve(String explicitChoice, String acceptLanguage) {
    return fromTag(explicitChoice).orElseGet(() -> fromAcceptLanguage(acceptLanguage));
  }

  static Language fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return DEFAULT;
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(header);
    } catch (IllegalArgumentException malformed) {
      return DEFAULT;
    }
    List<Locale> supported = Arrays.stream(values()).map(Language::locale).toList();
    Locale best = Locale.lookup(ranges, supported);
    if (best == null) {
      // "pt-BR" does not look up "pt" in every JDK; fall back to primary subtags in order
      return ranges.stream()
          .map(r -> fromTag(r.getRange()))
          .flatMap(Optional::stream)
          .findFirst()
          .orElse(DEFAULT);
    }
    return fromTag(best.getLanguage()).orElse(DEFAULT);
  }
}
