package mx.gob.sre.mae.gateway.domain.model.authority;

import java.util.Locale;
import java.util.Optional;

/**
 * What a foreign authority tells a consulate about a person. UNKNOWN is an emailed notification an
 * officer has not classified yet; it can be neither confirmed nor opened as a case until classified.
 */
public enum NotificationType {
  LOCATED_ALIVE,
  DETAINED,
  HOSPITALIZED,
  MIGRATION_ENCOUNTER,
  DECEASED,
  REMAINS_FOUND,
  UNKNOWN;

  /** A death or human remains: the forensic services receive it, and the family is told in person, never by a message. */
  public boolean concernsDeath() {
    return this == DECEASED || this == REMAINS_FOUND;
  }

  /** A type an authority may send and an officer may confirm (everything but UNKNOWN). */
  public boolean classified() {
    return this != UNKNOWN;
  }

  /** The type named by {@code text} (any case), if it is one an authority may send. */
  public static Optional<NotificationType> parseClassified(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      NotificationType type = valueOf(text.strip().toUpperCase(Locale.ROOT));
      return type.classified() ? Optional.of(type) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
