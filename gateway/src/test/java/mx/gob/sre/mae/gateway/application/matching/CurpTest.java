package mx.gob.sre.mae.gateway.application.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The CURP check: format, real date, state, sex and the official check digit; and what a CURP says. */
class CurpTest {

  /** Juan Hernández López, man, born 12 April 1998 in Veracruz: HELJ 980412 H VZ RPN 0 + check digit. */
  private static final String BODY = "HELJ980412HVZRPN0";

  @Test
  void checkDigitFollowsTheOfficialAlgorithm() {
    // values: H=17 E=14 L=21 J=19 9 8 0 4 1 2 H=17 V=32 Z=36 R=28 P=26 N=23 0, weights 18..2: sum 2486 → (10 − 6) mod 10 = 4
    assertEquals(4, Curp.checkDigit(BODY));
    assertEquals(5, Curp.checkDigit("GOMM050709MNERRRA"));
    assertThrows(IllegalArgumentException.class, () -> Curp.checkDigit("SHORT"));
  }

  @Test
  void aWellFormedCurpWithItsCheckDigitIsValidAndSaysWhatItEncodes() {
    Curp curp = Curp.parse(" helj980412hvzrpn04 ").orElseThrow();
    assertEquals("HELJ980412HVZRPN04", curp.value());
    assertEquals(LocalDate.of(1998, 4, 12), curp.birthDate());
    assertEquals('H', curp.sex());
    assertEquals("M", curp.sexCode());
    assertEquals("VZ", curp.stateCode());
    assertEquals(Optional.of("MX-VER"), curp.birthState());
    assertEquals("HELJ", curp.nameLetters());
    assertEquals(curp.nameLetters(), Curp.nameLetters("Juan", "Hernández", "López"));
  }

  @Test
  void aLetterInTheSeventeenthPlaceMeansBornFrom2000AndNeMeansBornAbroad() {
    Curp curp = Curp.parse("GOMM050709MNERRRA5").orElseThrow();
    assertEquals(LocalDate.of(2005, 7, 9), curp.birthDate());
    assertEquals("F", curp.sexCode());
    assertTrue(curp.birthState().isEmpty());
  }

  @Test
  void invalidCurpsAreRejected() {
    assertFalse(Curp.isValid(null));
    assertFalse(Curp.isValid(""));
    assertFalse(Curp.isValid("HELJ980412HVZRPN05"), "wrong check digit");
    assertFalse(Curp.isValid("HELJ980412HVZRPN0"), "17 characters");
    assertFalse(Curp.isValid("HELJ980412HVZRPN044"), "19 characters");
    assertFalse(Curp.isValid(withCheckDigit("HELJ980231HVZRPN0")), "31 February");
    assertFalse(Curp.isValid(withCheckDigit("HELJ981312HVZRPN0")), "month 13");
    assertFalse(Curp.isValid(withCheckDigit("HELJ980412HXXRPN0")), "no such state");
    assertFalse(Curp.isValid(withCheckDigit("HELJ980412QVZRPN0")), "sex must be H, M or X");
    assertFalse(Curp.isValid(withCheckDigit("H3LJ980412HVZRPN0")), "digit among the name letters");
    assertTrue(Curp.isValid(withCheckDigit("HELJ980412XVZRPN0")), "sex X is allowed");
  }

  @Test
  void aSingleSubstitutionUsuallyBreaksTheCheckDigit() {
    assertFalse(Curp.isValid("HELJ980412HVZRPM04"));
    assertFalse(Curp.isValid("HELJ980413HVZRPN04"));
  }

  private static String withCheckDigit(String body) {
    return body + Curp.checkDigit(body);
  }
}
