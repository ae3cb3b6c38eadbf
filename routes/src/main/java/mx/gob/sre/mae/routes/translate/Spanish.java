package mx.gob.sre.mae.routes.translate;

import java.util.Locale;
import mx.gob.sre.mae.i18n.CodeList;
import mx.gob.sre.mae.i18n.Countries;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;

/** Spanish, the language of the Mexican authorities: labels of codes, countries and languages, and bundle texts. */
final class Spanish {

  static final Locale LOCALE = Language.ES.locale();

  private Spanish() {}

  /** The Spanish label of a code, or null when the code is missing or not in the list (the code is still sent). */
  static String label(CodeList list, String code) {
    return list.contains(code) ? list.label(code, LOCALE) : null;
  }

  /** The Spanish name of an ISO 3166-1 alpha-2 country, or null when the code is missing or unknown. */
  static String country(String code) {
    return Countries.isValid(code) ? Countries.name(code, LOCALE) : null;
  }

  /** The Spanish name of a language tag ("en" → "inglés"), or null when there is none. */
  static String language(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    String name = Locale.forLanguageTag(tag.strip().replace('_', '-')).getDisplayLanguage(LOCALE);
    return name.isBlank() ? null : name;
  }

  static boolean isSpanish(String tag) {
    return Language.fromTag(tag).filter(l -> l == Language.ES).isPresent();
  }

  static String text(String key, Object... args) {
    return Messages.text(Language.ES, key, args);
  }

  static boolean hasText(String key) {
    return Messages.has(key);
  }
}
