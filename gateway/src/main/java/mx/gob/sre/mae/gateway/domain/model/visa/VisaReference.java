package mx.gob.sre.mae.gateway.domain.model.visa;

import java.util.Locale;
import java.util.regex.Pattern;

/** The reference of a humanitarian visa request, {@code VH-2026-000001}: kept apart from case folios. */
public record VisaReference(String value) {

  private static final Pattern FORMAT = Pattern.compile("VH-\\d{4}-\\d{6,}");

  public VisaReference {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a visa reference: " + value);
    }
  }

  public static VisaReference of(int year, long serial) {
    return new VisaReference(String.format("VH-%04d-%06d", year, serial));
  }

  /** Accepts what people type: surrounding spaces, lower case. */
  public static boolean isWellFormed(String text) {
    return text != null && FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT)).matches();
  }

  public static VisaReference parse(String text) {
    return new VisaReference(text.strip().toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}
