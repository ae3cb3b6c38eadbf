package mx.gob.sre.mae.gateway.application.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Spanish phonetic key: sound-alike spellings share a key, different names do not. */
class MatchPhoneticTest {

  @ParameterizedTest(name = "{0} ~ {1}")
  @CsvSource({
      "Valdez, Baldés",          // b/v, s/z, accent
      "Vázquez, Basquez",
      "Hernández, Ernandes",     // silent h, s/z
      "Jiménez, Giménez",        // j/g before e, i
      "Jiménez, Ximenez",        // x/j
      "Javier, Xavier",
      "Cecilia, Sesilia",        // c before e, i / s
      "Celaya, Zelaya",
      "Lluvia, Yuvia",           // ll/y
      "Quintero, Kintero",       // qu/k
      "Carlos, Karlos",          // c before a, o, u / k
      "Guadalupe, Wadalupe",     // gu/w
      "Huerta, Werta",           // hu/w
      "Guillermo, Guiyermo",
      "Peña, Pena",              // ñ/n
      "Rosales, Rossales",       // doubled letters
      "Gutiérrez, Gutierres",
      "Hugo, Ugo",
  })
  void soundAlikesShareAKey(String a, String b) {
    assertEquals(SpanishPhonetic.encode(a), SpanishPhonetic.encode(b));
  }

  @ParameterizedTest(name = "{0} ≁ {1}")
  @CsvSource({
      "García, Garza",
      "Pérez, Ramírez",
      "Juan, José",
      "Luis, Luisa",
      "Martínez, Martín",
      "López, Lozano",
      "María, Mario",
  })
  void differentNamesGetDifferentKeys(String a, String b) {
    assertNotEquals(SpanishPhonetic.encode(a), SpanishPhonetic.encode(b));
  }

  @ParameterizedTest
  @CsvSource({"Hernández, ERNANDES", "Chávez, CABES", "Llamas, YAMAS", "Quiroz, KIROS", "Xóchitl, JOCITL"})
  void encodesAsDocumented(String name, String key) {
    assertEquals(key, SpanishPhonetic.encode(name));
  }
}
