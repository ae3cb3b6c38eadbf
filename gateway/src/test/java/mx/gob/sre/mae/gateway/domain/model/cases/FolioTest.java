package mx.gob.sre.mae.gateway.domain.model.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FolioTest {

  @Test
  void formatsYearAndZeroPaddedSerial() {
    Folio folio = Folio.of(2026, 123);

    assertEquals("MAE-2026-000123", folio.value());
    assertEquals("MAE-2026-000123", folio.toString());
  }

  @Test
  void keepsEveryDigitOfALargeSerial() {
    Folio folio = Folio.of(2026, 12_345_678L);

    assertEquals("MAE-2026-12345678", folio.value());
    assertEquals(folio, Folio.parse("MAE-2026-12345678"));
  }

  @Test
  void parseNormalisesWhatPeopleType() {
    assertTrue(Folio.isWellFormed(" mae-2026-000001 "));
    assertEquals(Folio.of(2026, 1), Folio.parse(" mae-2026-000001 "));
    assertEquals("MAE-2026-000001", Folio.parse("\tMae-2026-000001\n").value());
  }

  @Test
  void rejectsNegativeSerial() {
    assertThrows(IllegalArgumentException.class, () -> Folio.of(2026, -1));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {
      "   ",
      "MAE-26-000001",
      "MAE-2026-12345",
      "MAE-2026-00012A",
      "XYZ-2026-000001",
      "MAE2026000001",
      "MAE-2026-000001-2",
      "MAE 2026 000001",
      "MAE-2026-000001;DROP"
  })
  void rejectsMalformedText(String text) {
    assertFalse(Folio.isWellFormed(text));
    assertThrows(IllegalArgumentException.class, () -> new Folio(text));
    assertThrows(IllegalArgumentException.class, () -> Folio.parse(text));
  }

  @Test
  void constructorIsStrictAboutCaseWhileParseIsLenient() {
    assertThrows(IllegalArgumentException.class, () -> new Folio("mae-2026-000001"));
    assertEquals("MAE-2026-000001", Folio.parse("mae-2026-000001").value());
  }
}
