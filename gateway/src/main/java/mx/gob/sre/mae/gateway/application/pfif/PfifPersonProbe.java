package mx.gob.sre.mae.gateway.application.pfif;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import mx.gob.sre.mae.gateway.application.matching.PersonRecord;
import mx.gob.sre.mae.routes.pfif.PfifNote;
import mx.gob.sre.mae.routes.pfif.PfifPerson;

/**
 * A received PFIF person as the matching engine sees a reported person: names split into given
 * names and two surnames (from given_name/family_name, else from full_name), sex, date of birth (a
 * full date only) or age (the lower end of a range, in the year of the record), and the last known
 * location its notes give as the place last seen.
 */
final class PfifPersonProbe {

  private PfifPersonProbe() {}

  static PersonRecord of(PfifPerson p) {
    String given = p.givenName();
    List<String> surnames = words(p.familyName());
    if (given == null && surnames.isEmpty()) {
      List<String> names = words(p.fullName());
      int n = names.size();
      int split = n >= 3 ? n - 2 : Math.min(1, n);
      given = String.join(" ", names.subList(0, split));
      surnames = names.subList(split, n);
    }
    String first = surnames.isEmpty() ? null : surnames.get(0);
    String second = surnames.size() < 2 ? null : String.join(" ", surnames.subList(1, surnames.size()));
    String place = p.notes().stream().map(PfifNote::lastKnownLocation).filter(l -> l != null && !l.isBlank()).findFirst().orElse(null);
    return new PersonRecord(-1, null, given, first, second, sex(p.sex()), dateOfBirth(p.dateOfBirth()), age(p.age()),
        p.sourceDate().atZone(ZoneOffset.UTC).getYear(), null, null, null, null, null, place, null);
  }

  private static List<String> words(String s) {
    return s == null || s.isBlank() ? List.of() : Arrays.asList(s.strip().split("\\s+"));
  }

  private static String sex(String pfif) {
    if (pfif == null) {
      return null;
    }
    return switch (pfif) {
      case "male" -> "M";
      case "female" -> "F";
      default -> "X";
    };
  }

  private static LocalDate dateOfBirth(String value) {
    return value != null && value.length() == 10 ? LocalDate.parse(value) : null;
  }

  private static Integer age(String value) {
    return value == null ? null : Integer.valueOf(value.split("-")[0]);
  }
}
