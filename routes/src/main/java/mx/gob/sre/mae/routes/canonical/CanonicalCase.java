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
    Map<String, Translation> spanishTranslations,
    List<AuthorityNotice> authorityNotices) {

  public static final int SCHEMA_VERSION = 1;

  @jakarta.json.bind.annotation.JsonbCreator
  public CanonicalCase {
    missingPersons = List.copyOf(missingPersons);
    allegedPerpetrators = List.copyOf(allegedPerpetrators);
    witnesses = List.copyOf(witnesses);
    attachments = List.copyOf(attachments);
    spanishTranslations = Map.copyOf(spanishTranslations);
    // absent in messages stored before foreign-authority notices existed
    authorityNotices = authorityNotices == null ? List.of() : List.copyOf(authorityNotices);
  }

  /** A case version that carries no foreign-authority notice. */
  public CanonicalCase(int schemaVersion, String folio, int version, String channel, String consulate, String language,
      Instant recordedAt, Reporter reporter, List<MissingPerson> missingPersons, String circumstances,
      boolean publicOfficialInvolvementSuspected, List<Party> allegedPerpetrators, List<Party> witnesses,
      List<AttachmentRef> attachments, Map<String, Translation> spanishTranslations) {
    this(schemaVersion, folio, version, channel, consulate, language, recordedAt, reporter, missingPersons, circumstances,
        publicOfficialInvolvementSuspected, allegedPerpetrators, witnesses, attachments, spanishTranslations, List.of());
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

  /**
   * What a foreign authority notified about the missing person, confirmed by a consular officer:
   * {@code type} is LOCATED_ALIVE, DETAINED, HOSPITALIZED, MIGRATION_ENCOUNTER, DECEASED or
   * REMAINS_FOUND; the narrative is the authority's own words, in its language.
   */
  public record AuthorityNotice(String reference, String type, LocalDate eventDate, String place, String country,
      String authorityName, String authorityCountry, String authorityKind, String facilityName, String facilityContact,
      String narrative, String confirmedBy, Instant confirmedAt) {

    /** A death or human remains: the forensic services' concern. */
    public boolean concernsDeath() {
      return "DECEASED".equals(type) || "REMAINS_FOUND".equals(type);
    }
  }

  public record AttachmentRef(String fileName, String mediaType, long size, String sha256) {}
}
