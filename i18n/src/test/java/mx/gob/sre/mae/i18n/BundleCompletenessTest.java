package mx.gob.sre.mae.i18n;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BundleCompletenessTest {

  @Test
  void everyBundleHasEveryKeyThatAnotherHas() {
    Set<String> all = new TreeSet<>();
    for (Language language : Language.values()) {
      all.addAll(Messages.bundle(language.locale()).keySet());
    }
    for (Language language : Language.values()) {
      ResourceBundle bundle = Messages.bundle(language.locale());
      Set<String> missing = new TreeSet<>(all);
      missing.removeAll(bundle.keySet());
      assertEquals(Collections.emptySet(), missing, "keys missing from the " + language + " bundle");
    }
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void eachLanguageHasItsOwnBundleNotTheFallback(Language language) {
    assertEquals(language.tag(), Messages.bundle(language.locale()).getLocale().getLanguage());
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyMessageIsAValidPatternWithTheSamePlaceholdersAsSpanish(Language language) {
    ResourceBundle spanish = Messages.bundle(Language.ES.locale());
    ResourceBundle bundle = Messages.bundle(language.locale());
    for (String key : bundle.keySet()) {
      String text = bundle.getString(key);
      assertFalse(text.isBlank(), key + " is blank in " + language);
      if (spanish.getString(key).contains("{0}")) {
        MessageFormat format = assertDoesNotThrow(() -> new MessageFormat(text), key);
        assertEquals(
            new MessageFormat(spanish.getString(key)).getFormats().length,
            format.getFormats().length,
            key + " placeholders differ in " + language);
        assertTrue(
            format.format(new Object[] {"X", "Y"}).contains("X"), key + " loses {0} in " + language);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(CodeList.class)
  void everyCodeHasALabelInEveryLanguage(CodeList list) {
    for (Language language : Language.values()) {
      for (String code : list.codes()) {
        String label = list.label(code, language.locale());
        assertFalse(label.isBlank(), list + "." + code + " in " + language);
      }
    }
  }

  @Test
  void mexicanStatesAreTheThirtyTwoFederativeEntities() {
    assertEquals(32, CodeList.MX_STATE.codes().size());
    assertTrue(CodeList.MX_STATE.codes().stream().allMatch(c -> c.matches("MX-[A-Z]{3}")));
    assertEquals("Chiapas", CodeList.MX_STATE.label("MX-CHP", Language.EN.locale()));
  }

  @Test
  void countryNamesComeInTheRequestedLanguage() {
    assertTrue(Countries.isValid("GT"));
    assertFalse(Countries.isValid("XX"));
    assertEquals("Guatemala", Countries.name("GT", Language.ES.locale()));
    assertEquals("Mexique", Countries.name("MX", Language.FR.locale()));
  }

  @Test
  void formatsArgumentsInTheBundleLanguage() {
    assertTrue(Messages.text(Language.EN, "error.unknownCode", "ZZ").contains("ZZ"));
  }
}
