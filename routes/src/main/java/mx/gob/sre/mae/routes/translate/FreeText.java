package mx.gob.sre.mae.routes.translate;

import java.util.Optional;
import mx.gob.sre.mae.routes.canonical.CanonicalCase;
import mx.gob.sre.mae.routes.canonical.CanonicalCase.Translation;

/** A free-text field as the authorities get it: the original, its language, and its Spanish translation if there is one. */
record FreeText(String original, String language, Translation spanish) {

  static final String CIRCUMSTANCES = "circumstances";

  static String description(int person) {
    return "missingPersons[" + person + "].description";
  }

  static String perpetratorDetails(int party) {
    return "allegedPerpetrators[" + party + "].details";
  }

  static String witnessDetails(int party) {
    return "witnesses[" + party + "].details";
  }

  /** The text of {@code field} in case {@code c}, or empty when the text is missing or blank. */
  static Optional<FreeText> of(CanonicalCase c, String field, String original) {
    if (original == null || original.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new FreeText(original, c.language(), c.spanishOf(field).orElse(null)));
  }

  boolean originalIsSpanish() {
    return Spanish.isSpanish(language);
  }

  /** No Spanish translation yet, and the original is not (known to be) Spanish. */
  boolean translationPending() {
    return spanish == null && !originalIsSpanish();
  }
}
