package mx.gob.sre.mae.gateway.domain.model.authority;

import java.util.Locale;
import java.util.regex.Pattern;

/** The reference the gateway gives a notification, {@code AN-2026-000001}: kept apart from case folios. */
public record NotificationReference(String value) {

  private static final Pattern FORMAT = Pattern.compile("AN-\\d{4}-\\d{6,}");

  public NotificationReference {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw new IllegalArgumentException("Not a notification reference: " + value);
    }
  }

  public static NotificationReference of(int year, long serial) {
    return new NotificationReference(String.format("AN-%04d-%06d", year, serial));
  }

  public static boolean isWellFormed(String text) {
    return text != null && FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT)).matches();
  }

  public static NotificationReference parse(String text) {
    return new NotificationReference(text.strip().toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}
