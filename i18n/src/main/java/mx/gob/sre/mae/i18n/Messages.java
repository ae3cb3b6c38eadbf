package mx.gob.sre.mae.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-facing text: a {@link Locale} goes in, a message in that language comes out. */
public final class Messages {

  /** Base name of the UI bundles, also declared in the gateway's faces-config.xml. */
  public static final String BUNDLE = "mx.gob.sre.mae.i18n.messages";

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  /** The bundle of a supported language; any other locale gets the Spanish one. */
  public static ResourceBundle bundle(Locale locale) {
    Language language = Language.fromTag(locale == null ? null : locale.toLanguageTag()).orElse(Language.DEFAULT);
    return ResourceBundle.getBundle(BUNDLE, language.locale(), NO_FALLBACK);
  }

  /** The message for {@code key}, formatted with {@link MessageFormat} when arguments are given. */
  public static String text(Locale locale, String key, Object... args) {
    ResourceBundle bundle = bundle(locale);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("No message '" + key + "' in " + bundle.getLocale(), e);
    }
    if (args == null || args.length == 0) {
      return pattern;
    }
    return new MessageFormat(pattern, bundle.getLocale()).format(args);
  }

  public static String text(Language language, String key, Object... args) {
    return text(language.locale(), key, args);
  }

  /** Whether {@code key} names a message (used to tell a message key from literal text). */
  public static boolean has(String key) {
    return bundle(Language.DEFAULT.locale()).containsKey(key);
  }
}
