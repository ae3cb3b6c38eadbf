package mx.gob.sre.mae.gateway.domain.model.authority;

import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The person a foreign authority notifies about, as it identified them. Every field may be missing. */
public record NotifiedPerson(String givenNames, String firstSurname, String secondSurname, String sex, LocalDate dateOfBirth,
    Integer approximateAge, String nationality, String curp, String documentType, String documentNumber) {

  public static NotifiedPerson unknown() {
    return new NotifiedPerson(null, null, null, null, null, null, null, null, null, null);
  }

  public String fullName() {
    return Stream.of(givenNames, firstSurname, secondSurname).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" "));
  }

  /** Whether there is anything to match on: a name or a CURP. */
  public boolean identifiable() {
    return !fullName().isBlank() || (curp != null && !curp.isBlank());
  }
}
