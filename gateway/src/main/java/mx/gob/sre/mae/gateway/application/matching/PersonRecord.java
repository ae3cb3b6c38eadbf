package mx.gob.sre.mae.gateway.application.matching;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * A missing person as the matching engine sees it: the identifying fields of one report, raw as
 * reported (normalization is the engine's job). Matching works on this record so that it needs no
 * JPA entity and no container, and so that reports from every channel compare alike.
 *
 * @param id                    unique id of the indexed person (e.g. the case's or the missing person's row id)
 * @param folio                 the case's folio, to show and to link
 * @param givenNames            given names as written ("Ma. Guadalupe", "Pepe")
 * @param firstSurname          first (paternal) surname; may hold both surnames when the second field is empty
 * @param secondSurname         second (maternal) surname, or null
 * @param sex                   M, F, X or null
 * @param dateOfBirth           date of birth, or null
 * @param approximateAge        age as reported when the date of birth is unknown, or null
 * @param referenceYear         the year the age was given in (usually the report's year), or null
 * @param curp                  CURP as reported (valid or not), or null
 * @param foreignDocumentType   type of a foreign identity document (PASSPORT, DPI, DUI…), or null
 * @param foreignDocumentNumber its number, or null
 * @param nationality           ISO 3166-1 alpha-2, or null
 * @param lastSeenState         ISO 3166-2 state where last seen (MX-VER), or null
 * @param lastSeenPlace         place where last seen, free text, or null
 * @param lastSeenDate          date last seen, or null
 */
public record PersonRecord(
    long id,
    String folio,
    String givenNames,
    String firstSurname,
    String secondSurname,
    String sex,
    LocalDate dateOfBirth,
    Integer approximateAge,
    Integer referenceYear,
    String curp,
    String foreignDocumentType,
    String foreignDocumentNumber,
    String nationality,
    String lastSeenState,
    String lastSeenPlace,
    LocalDate lastSeenDate) {

  /** The birth year: from the date of birth, else reference year minus age (may be one year off). */
  public OptionalInt birthYear() {
    if (dateOfBirth != null) {
      return OptionalInt.of(dateOfBirth.getYear());
    }
    if (approximateAge != null && referenceYear != null) {
      return OptionalInt.of(referenceYear - approximateAge);
    }
    return OptionalInt.empty();
  }

  /** True when the birth year comes from an age, not a date. */
  public boolean birthYearApproximate() {
    return dateOfBirth == null && approximateAge != null && referenceYear != null;
  }

  /** A copy with another id and folio (a second report of the same person, in tests and benchmarks). */
  public PersonRecord withId(long newId, String newFolio) {
    return new PersonRecord(newId, newFolio, givenNames, firstSurname, secondSurname, sex, dateOfBirth, approximateAge,
        referenceYear, curp, foreignDocumentType, foreignDocumentNumber, nationality, lastSeenState, lastSeenPlace,
        lastSeenDate);
  }
}
