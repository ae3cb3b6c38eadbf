package mx.gob.sre.mae.gateway.domain.model.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * What one version of a case says (art. 223 content, domain.md): who reports, who is missing, what
 * happened, who may be responsible, who witnessed it. Immutable; coded fields hold codes.
 */
public record CaseContent(
    Reporter reporter,
    List<Person> missingPersons,
    String circumstances,
    List<Party> allegedPerpetrators,
    List<Party> witnesses,
    boolean publicOfficialInvolvementSuspected) {

  public CaseContent {
    missingPersons = List.copyOf(missingPersons);
    allegedPerpetrators = List.copyOf(allegedPerpetrators);
    witnesses = List.copyOf(witnesses);
    if (missingPersons.isEmpty()) {
      throw new IllegalArgumentException("A case concerns at least one missing person");
    }
  }

  /** The reporter; for ANONYMOUS every other field is null. */
  public record Reporter(
      ReporterMode mode,
      String name,
      String relationship,
      String email,
      String phone,
      String address,
      String country) {

    public static Reporter anonymous() {
      return new Reporter(ReporterMode.ANONYMOUS, null, null, null, null, null, null);
    }

    public Reporter {
      if (mode == ReporterMode.ANONYMOUS
          && (name != null || email != null || phone != null || address != null)) {
        throw new IllegalArgumentException("An anonymous reporter carries no identifying data");
      }
    }
  }

  public record Person(
      String givenNames,
      String firstSurname,
      String secondSurname,
      String sex,
      LocalDate dateOfBirth,
      Integer approximateAge,
      String nationality,
      String curp,
      boolean inMigration,
      Integer heightCm,
      String build,
      String complexion,
      String eyeColour,
      String hairColour,
      String description,
      LocalDate lastSeenDate,
      String lastSeenPlace,
      String lastSeenState) {

    public String fullName() {
      return String.join(
              " ",
              java.util.stream.Stream.of(givenNames, firstSurname, secondSurname)
                  .filter(s -> s != null && !s.isBlank())
                  .toList())
          .strip();
    }
  }

  public record Party(String name, String details) {}
}
