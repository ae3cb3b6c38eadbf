package mx.gob.sre.mae.gateway.application.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import mx.gob.sre.mae.i18n.NameLists;
import org.junit.jupiter.api.Test;

/** Normalization of Mexican and Central American names before they are compared. */
class NameNormalizerTest {

  @Test
  void foldsAccentsCaseEnyeAndPunctuation() {
    assertEquals("JOSE NUNEZ PENA", NameNormalizer.fold("  José  Ñúñez-Peña. "));
    assertEquals("MA GPE", NameNormalizer.fold("Mª Gpe."));
    assertEquals("", NameNormalizer.fold(null));
  }

  @Test
  void expandsAbbreviationsAndDropsParticles() {
    assertEquals(List.of(List.of("MARIA", "GUADALUPE")), NameNormalizer.givenVariants("Ma. Guadalupe"));
    assertEquals(List.of(List.of("MARIA", "GUADALUPE")), NameNormalizer.givenVariants("Mª Gpe."));
    assertEquals(List.of(List.of("MARIA", "LUZ")), NameNormalizer.givenVariants("María de la Luz"));
    assertEquals(List.of(List.of("JOSE", "LUIS")), NameNormalizer.givenVariants("J. Luis"));
    assertEquals(List.of(List.of("FRANCISCO", "JAVIER")), NameNormalizer.givenVariants("Fco. Javier"));
    assertEquals("CRUZ", NameNormalizer.surname("de la Cruz"));
    assertEquals("ANGEL", NameNormalizer.surname("Del Ángel"));
    assertEquals("HERNANDEZ", NameNormalizer.surname("Hdez."));
    assertEquals("SANJUAN", NameNormalizer.surname("San Juan"));
  }

  @Test
  void readsNicknamesAsTheNamesTheyStandFor() {
    assertEquals(List.of(List.of("JOSE")), NameNormalizer.givenVariants("Pepe"));
    assertEquals(List.of(List.of("GUADALUPE")), NameNormalizer.givenVariants("Lupita"));
    assertEquals(List.of(List.of("JOSE", "MARIA")), NameNormalizer.givenVariants("Chema"));
    assertEquals(List.of(List.of("ANTONIO")), NameNormalizer.givenVariants("TOÑO"));
    List<List<String>> beto = NameNormalizer.givenVariants("Beto");
    assertTrue(beto.contains(List.of("ALBERTO")) && beto.contains(List.of("ROBERTO")), beto.toString());
    assertEquals(List.of(List.of("FRANCISCO", "JAVIER")), NameNormalizer.givenVariants("Paco Javier"));
  }

  @Test
  void theNicknameListHoldsTheUsualOnes() {
    Map<String, List<String>> nicknames = NameLists.nicknames();
    Map<String, String> expected = Map.ofEntries(Map.entry("Pepe", "José"), Map.entry("Lupe", "Guadalupe"), Map.entry("Chucho", "Jesús"),
        Map.entry("Paco", "Francisco"), Map.entry("Pancho", "Francisco"), Map.entry("Memo", "Guillermo"), Map.entry("Nacho", "Ignacio"),
        Map.entry("Toño", "Antonio"), Map.entry("Chema", "José María"), Map.entry("Lalo", "Eduardo"), Map.entry("Beto", "Roberto"),
        Map.entry("Quique", "Enrique"), Map.entry("Lencho", "Lorenzo"), Map.entry("Chuy", "Jesús"), Map.entry("Pili", "Pilar"),
        Map.entry("Conchita", "Concepción"), Map.entry("Charo", "Rosario"));
    expected.forEach((nick, name) -> assertTrue(nicknames.getOrDefault(nick, List.of()).contains(name), nick + " → " + name));
    assertTrue(nicknames.size() >= 100, "a useful list: " + nicknames.size());
  }

  @Test
  void splitsBothSurnamesWrittenInOneFieldAndMovesALoneSecondSurname() {
    PersonRecord both = person("Juan", "Hernández López", null);
    NameNormalizer.Names names = NameNormalizer.normalize(both);
    assertEquals("HERNANDEZ", names.firstSurname());
    assertEquals("LOPEZ", names.secondSurname());
    NameNormalizer.Names onlySecond = NameNormalizer.normalize(person("Juan", " ", "López"));
    assertEquals("LOPEZ", onlySecond.firstSurname());
    assertEquals("", onlySecond.secondSurname());
    assertEquals("", NameNormalizer.normalize(person(null, "López", null)).given());
  }

  static PersonRecord person(String given, String first, String second) {
    return new PersonRecord(1, "F-1", given, first, second, null, null, null, null, null, null, null, null, null, null, null);
  }
}
