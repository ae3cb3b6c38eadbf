package mx.gob.sre.mae.routes.routing;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import mx.gob.sre.mae.i18n.CodeList;
import mx.gob.sre.mae.routes.canonical.CanonicalCase;
import mx.gob.sre.mae.routes.canonical.CanonicalCase.MissingPerson;

/** How the facts of the routing vocabulary are read off the missing persons of a case. */
final class CaseFacts {

  static final int AGE_OF_MAJORITY = 18;

  private CaseFacts() {}

  /** The distinct valid MX_STATE codes where the missing persons were last seen, in person order. */
  static List<String> lastSeenStates(CanonicalCase c) {
    return c.missingPersons().stream()
        .map(MissingPerson::lastSeenState)
        .filter(Objects::nonNull)
        .map(String::strip)
        .filter(CodeList.MX_STATE::contains)
        .distinct()
        .toList();
  }

  /** A foreign national (nationality given and not MX) or a person reported as in migration. */
  static boolean isMigrant(MissingPerson p) {
    String nationality = p.nationality() == null ? "" : p.nationality().strip();
    return p.inMigration() || (!nationality.isEmpty() && !nationality.equalsIgnoreCase("MX"));
  }

  static boolean isFemale(MissingPerson p) {
    return p.sex() != null && p.sex().strip().equalsIgnoreCase("F");
  }

  /** Under 18 on the date last seen (else on {@code today}); without a birth date, by approximate age. */
  static boolean isMinor(MissingPerson p, LocalDate today) {
    if (p.dateOfBirth() != null) {
      LocalDate at = p.lastSeenDate() != null ? p.lastSeenDate() : today;
      return Period.between(p.dateOfBirth(), at).getYears() < AGE_OF_MAJORITY;
    }
    return p.approximateAge() != null && p.approximateAge() < AGE_OF_MAJORITY;
  }
}
