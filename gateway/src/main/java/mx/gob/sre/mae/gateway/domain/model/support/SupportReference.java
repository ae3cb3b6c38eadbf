package mx.gob.sre.mae.gateway.domain.model.support;

import java.util.Locale;
import java.util.regex.Pattern;

/** The reference of a support request, {@code SR-2026-000123}: kept apart from case folios. */
public record SupportReference(String value) {

  private static final Pattern FORMAT = Pattern.compile("SR-\\d{4}-\\d{6,}");

  public SupportReference {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a support request reference: " + value);
    }
  }

  public static SupportReference of(int year, long serial) {
    return new SupportReference(String.format("SR-%04d-%06d", year, serial));
  }

  /** Accepts what people type: surrounding spaces, lower case. */
  public static boolean isWellFormed(String text) {
    return text != null && FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT)).matches();
  }

  public static SupportReference parse(String text) {
    return new SupportReference(text.strip().toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}
