package mx.gob.sre.mae.routes.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mx.gob.sre.mae.routes.canonical.CanonicalCase;
import mx.gob.sre.mae.routes.canonical.CanonicalCase.MissingPerson;

/** Test builder of canonical cases: by default one adult Mexican man last seen in MX-VER, no official. */
final class CaseBuilder {

  private final List<MissingPerson> persons = new ArrayList<>();
  private boolean officialInvolvement;

  static CaseBuilder aCase() {
    return new CaseBuilder();
  }

  static Person aPerson() {
    return new Person();
  }

  CaseBuilder with(Person person) {
    persons.add(person.build());
    return this;
  }

  CaseBuilder officialInvolvement(boolean suspected) {
    this.officialInvolvement = suspected;
    return this;
  }

  CanonicalCase build() {
    List<MissingPerson> missing = persons.isEmpty() ? List.of(aPerson().build()) : persons;
    return new CanonicalCase(
        CanonicalCase.SCHEMA_VERSION, "MAE-2026-000001", 1, "API", "LAX", "en", Instant.parse("2026-10-03T10:00:00Z"),
        CanonicalCase.Reporter.withoutIdentity("ANONYMOUS"), missing, "circumstances", officialInvolvement,
        List.of(), List.of(), List.of(), Map.of());
  }

  /** One missing person, fluent. */
  static final class Person {
    private String sex = "M";
    private LocalDate dateOfBirth = LocalDate.of(1998, 4, 12);
    private Integer approximateAge;
    private String nationality = "MX";
    private boolean inMigration;
    private LocalDate lastSeenDate = LocalDate.of(2026, 10, 2);
    private String lastSeenState = "MX-VER";

    Person sex(String sex) {
      this.sex = sex;
      return this;
    }

    Person bornOn(LocalDate date) {
      this.dateOfBirth = date;
      return this;
    }

    Person approximateAge(Integer age) {
      this.dateOfBirth = null;
      this.approximateAge = age;
      return this;
    }

    Person nationality(String nationality) {
      this.nationality = nationality;
      return this;
    }

    Person inMigration(boolean inMigration) {
      this.inMigration = inMigration;
      return this;
    }

    Person lastSeenOn(LocalDate date) {
      this.lastSeenDate = date;
      return this;
    }

    Person lastSeenIn(String state) {
      this.lastSeenState = state;
      return this;
    }

    MissingPerson build() {
      return new MissingPerson("Nombre", "Apellido", null, sex, dateOfBirth, approximateAge, nationality, null,
          inMigration, lastSeenDate, "lugar", lastSeenState, "descripción");
    }
  }
}
