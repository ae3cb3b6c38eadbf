package mx.gob.sre.mae.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void explicitChoiceWinsOverTheHeader() {
    assertEquals(Language.FR, Language.resolve("fr", "en-US,en;q=0.9"));
  }

  @Test
  void headerIsUsedWhenThereIsNoChoice() {
    assertEquals(Language.PT, Language.resolve(null, "pt-BR,pt;q=0.9,en;q=0.5"));
    assertEquals(Language.EN, Language.resolve("", "de-DE,en;q=0.8"));
  }

  @Test
  void unsupportedOrMalformedInputFallsBackToSpanish() {
    assertEquals(Language.ES, Language.resolve("xx", "de-DE"));
    assertEquals(Language.ES, Language.resolve(null, ";;;q=abc"));
    assertEquals(Language.ES, Language.resolve(null, null));
  }

  @Test
  void regionalTagsMapToTheirLanguage() {
    assertEquals(Language.EN, Language.fromTag("en_GB").orElseThrow());
    assertEquals(Language.PT, Language.fromTag("PT-br").orElseThrow());
  }
}
