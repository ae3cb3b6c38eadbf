package mx.gob.sre.mae.gateway.application.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseContent;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseFile;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseRepository;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseVersion;
import mx.gob.sre.mae.gateway.domain.model.cases.Folio;
import mx.gob.sre.mae.gateway.domain.model.cases.Translation;
import mx.gob.sre.mae.gateway.domain.model.cases.UnknownCaseException;
import mx.gob.sre.mae.gateway.domain.model.people.Officer;

/**
 * Adds or corrects the Spanish translation of a free-text field: a new case version with the same
 * content and the translation beside the original, routed as an update to every recipient that
 * already has the case. Forwarding never waited for it.
 */
@ApplicationScoped
public class TranslationService {

  @Inject CaseRepository cases;
  @Inject VersionPublisher versions;

  private final Clock clock = Clock.systemUTC();

  /** An officer's translation; the case must belong to the officer's consulate. */
  @Transactional
  public int translateAsOfficer(Officer officer, String folio, String field, String spanish) {
    CaseFile c = find(folio).filter(f -> f.consulateCode().equals(officer.consulateCode()))
        .orElseThrow(() -> new UnknownCaseException(folio));
    return add(c, Map.of(field, spanish == null ? "" : spanish), "officer:" + officer.username());
  }

  /** Machine translations of several fields in one new version (made after intake, outside any request). */
  @Transactional
  public int translateByMachine(String folio, Map<String, String> spanishByField, String engine) {
    CaseFile c = find(folio).orElseThrow(() -> new UnknownCaseException(folio));
    return add(c, spanishByField, "machine:" + engine);
  }

  /** The free-text fields of a content that have text, by field path. */
  public static Map<String, String> freeTexts(CaseContent content) {
    Map<String, String> texts = new LinkedHashMap<>();
    putIfText(texts, "circumstances", content.circumstances());
    for (int i = 0; i < content.missingPersons().size(); i++) {
      putIfText(texts, "missingPersons[" + i + "].description", content.missingPersons().get(i).description());
    }
    for (int i = 0; i < content.allegedPerpetrators().size(); i++) {
      putIfText(texts, "allegedPerpetrators[" + i + "].details", content.allegedPerpetrators().get(i).details());
    }
    for (int i = 0; i < content.witnesses().size(); i++) {
      putIfText(texts, "witnesses[" + i + "].details", content.witnesses().get(i).details());
    }
    return texts;
  }

  private static void putIfText(Map<String, String> map, String field, String text) {
    if (text != null && !text.isBlank()) {
      map.put(field, text);
    }
  }

  /** The original text of a free-text field path in the current version, if the field exists and has text. */
  public static Optional<String> original(CaseContent content, String field) {
    try {
      if (field.equals("circumstances")) {
        return Optional.ofNullable(content.circumstances());
      }
      int index = Integer.parseInt(field.replaceAll("^[a-zA-Z]+\\[(\\d+)]\\.[a-zA-Z]+$", "$1"));
      if (field.matches("missingPersons\\[\\d+]\\.description")) {
        return Optional.ofNullable(content.missingPersons().get(index).description());
      }
      if (field.matches("allegedPerpetrators\\[\\d+]\\.details")) {
        return Optional.ofNullable(content.allegedPerpetrators().get(index).details());
      }
      if (field.matches("witnesses\\[\\d+]\\.details")) {
        return Optional.ofNullable(content.witnesses().get(index).details());
      }
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private int add(CaseFile c, Map<String, String> spanishByField, String by) {
    CaseVersion current = c.current();
    CaseContent content = current.content();
    Instant now = clock.instant();
    Map<String, Translation> translations = new LinkedHashMap<>(current.translations());
    spanishByField.forEach((field, spanish) -> {
      if (original(content, field).isEmpty() || spanish == null || spanish.isBlank() || spanish.length() > 20000) {
        throw new InvalidTranslationException(field);
      }
      translations.put(field, new Translation(field, spanish.strip(), by, now, c.originalLanguage()));
    });
    String author = by.startsWith("officer:") ? by.substring("officer:".length()) : by;
    CaseVersion next = c.recordVersion(content, translations.values(), author, "translation of " + String.join(", ", spanishByField.keySet()), now);
    versions.publish(c, next, now);
    return next.number();
  }

  private Optional<CaseFile> find(String folio) {
    return Folio.isWellFormed(folio) ? cases.find(Folio.parse(folio)) : Optional.empty();
  }

  /** The field has no original text to translate, or the translation is empty or too long. */
  public static class InvalidTranslationException extends RuntimeException {
    public InvalidTranslationException(String field) {
      super("No translatable text in field " + field);
    }
  }
}
