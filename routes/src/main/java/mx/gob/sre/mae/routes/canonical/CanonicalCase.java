package mx.gob.sre.mae.routes.canonical;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plain, versioned record of one version of a case that routes see: codes, not labels; no
 * entity, no container type. A withheld reporter's identity is never put in it, so nothing built
 * from it can leak one.
 */
public record CanonicalCase(
    int schemaVersion,
    String folio,
    int version,
    String channel,
    String consulate,
    String language,
    Instant recordedAt,
    Reporter reporter,
    List<MissingPerson> missingPersons,
    String circumstances,
    boolean publicOfficialInvolvementSuspected,
    List<Party> allegedPerpetrators,
    List<Party> witnesses,
    List<AttachmentRef> attachments,
    Map<String, Translation> spanishTranslations) {

  public static final int SCHEMA_VERSION = 1;

  public CanonicalCase {
    missingPersons = List.copyOf(missingPersons);
    allegedPerpetrators = List.copyOf(allegedPerpetrators);
    witnesses = List.copyOf(witnesses);
    attachments = List.copyOf(attachments);
    spanishTranslations = Map.copyOf(spanishTranslations);
  }

  /** The Spanish translation of a free-text field ("circumstances", "missingPersons[0].description"), if any. */
  public Optional<Translation> spanishOf(String field) {
    return Optional.ofNullable(spanishTranslations.get(field));
  }

  /** Mode IDENTIFIED carries the identity; ANONYMOUS and WITHHELD carry none. */
  public record Reporter(
      String mode, String name, String relationship, String email, String phone, String address, String country) {

    public static Reporter withoutIdentity(String mode) {
      return new Reporter(mode, null, null, null, null, null, null);
    }
  }

  public record MissingPerson(
      String givenNames,
      String firstSurname,
      String secondSurname,
      String sex,
      LocalDate dateOfBirth,
      Integer approximateAge,
      String nationality,
      String curp,
      boolean inMigration,
      LocalDate lastSeenDate,
      String lastSeenPlace,
      String lastSeenState,
      String description) {}

  public record Party(String name, String details) {}

  /**
   * A Spanish translation beside an original free text, with its provenance: who or what made it
   * ("officer:lax.oficial", "machine:libretranslate"), when, and from which language.
   */
  public record Translation(String text, String translatedBy, Instant translatedAt, String fromLanguage) {}

  public record AttachmentRef(String fileName, String mediaType, long size, String sha256) {}
}
