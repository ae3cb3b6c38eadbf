package mx.gob.sre.mae.i18n;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes (nationality, residence) with names from the JDK's locale data. */
public final class Countries {

  private static final Set<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

  private Countries() {}

  public static boolean isValid(String code) {
    return code != null && CODES.contains(code);
  }

  public static String name(String code, Locale locale) {
    if (!isValid(code)) {
      throw new IllegalArgumentException("Unknown ISO 3166-1 code: " + code);
    }
    return Locale.of("", code).getDisplayCountry(locale);
  }

  /** Every code, sorted by its name in {@code locale}, for drop-down lists. */
  public static List<String> codesByName(Locale locale) {
    return CODES.stream().sorted(Comparator.comparing((String c) -> name(c, locale))).toList();
  }
}
