package mx.gob.sre.mae.gateway.domain.model.cases;

import java.util.regex.Pattern;

/** The human-readable case reference, {@code MAE-2026-000123}: year of intake and a serial number. */
public record Folio(String value) {

  private static final Pattern FORMAT = Pattern.compile("MAE-\\d{4}-\\d{6,}");

  public Folio {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a folio: " + value);
    }
  }

  public static Folio of(int year, long serial) {
    return new Folio(String.format("MAE-%04d-%06d", year, serial));
  }

  /** Accepts what people type: surrounding spaces, lower case. */
  public static boolean isWellFormed(String text) {
    return text != null && FORMAT.matcher(normalise(text)).matches();
  }

  public static Folio parse(String text) {
    return new Folio(normalise(text));
  }

  private static String normalise(String text) {
    return text == null ? null : text.strip().toUpperCase(java.util.Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
