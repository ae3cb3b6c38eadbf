package mx.gob.sre.mae.routes.pfif;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A PFIF 1.4 person record, with the notes the document nested in it. */
public record PfifPerson(
    String personRecordId,
    Instant entryDate,
    Instant expiryDate,
    String authorName,
    String authorEmail,
    String authorPhone,
    String sourceName,
    Instant sourceDate,
    String sourceUrl,
    String fullName,
    String givenName,
    String familyName,
    String alternateNames,
    String description,
    String sex,
    String dateOfBirth,
    String age,
    String homeStreet,
    String homeNeighborhood,
    String homeCity,
    String homeState,
    String homePostalCode,
    String homeCountry,
    String photoUrl,
    String profileUrls,
    List<PfifNote> notes) {

  public PfifPerson {
    notes = notes == null ? List.of() : List.copyOf(notes);
  }

  /** The same person with other notes (the record itself unchanged). */
  public PfifPerson withNotes(List<PfifNote> newNotes) {
    return new PfifPerson(personRecordId, entryDate, expiryDate, authorName, authorEmail, authorPhone, sourceName, sourceDate,
        sourceUrl, fullName, givenName, familyName, alternateNames, description, sex, dateOfBirth, age, homeStreet, homeNeighborhood,
        homeCity, homeState, homePostalCode, homeCountry, photoUrl, profileUrls, newNotes);
  }

  /** The same person with another entry date (the repository that exports a record stamps its own). */
  public PfifPerson withEntryDate(Instant date) {
    return new PfifPerson(personRecordId, date, expiryDate, authorName, authorEmail, authorPhone, sourceName, sourceDate,
        sourceUrl, fullName, givenName, familyName, alternateNames, description, sex, dateOfBirth, age, homeStreet, homeNeighborhood,
        homeCity, homeState, homePostalCode, homeCountry, photoUrl, profileUrls, notes);
  }

  /** The person's own fields as PFIF text, in specification order, empty ones left out (notes are not fields). */
  public Map<String, String> fields() {
    return PfifFields.ordered("person_record_id", personRecordId, "entry_date", entryDate, "expiry_date", expiryDate, "author_name",
        authorName, "author_email", authorEmail, "author_phone", authorPhone, "source_name", sourceName, "source_date", sourceDate,
        "source_url", sourceUrl, "full_name", fullName, "given_name", givenName, "family_name", familyName, "alternate_names",
        alternateNames, "description", description, "sex", sex, "date_of_birth", dateOfBirth, "age", age, "home_street", homeStreet,
        "home_neighborhood", homeNeighborhood, "home_city", homeCity, "home_state", homeState, "home_postal_code", homePostalCode,
        "home_country", homeCountry, "photo_url", photoUrl, "profile_urls", profileUrls);
  }

  /** A person from its fields as read, checked against the specification; its nested notes are added by the reader. */
  static PfifPerson of(Map<String, String> values, List<PfifNote> notes) {
    PfifFields f = new PfifFields(values, "person " + values.getOrDefault("person_record_id", "?"));
    return new PfifPerson(
        f.recordId("person_record_id", true),
        f.date("entry_date", false),
        f.date("expiry_date", false),
        f.text("author_name"),
        f.text("author_email"),
        f.text("author_phone"),
        f.text("source_name"),
        f.date("source_date", true),
        f.text("source_url"),
        f.required("full_name"),
        f.text("given_name"),
        f.text("family_name"),
        f.text("alternate_names"),
        f.text("description"),
        f.check("sex", f.text("sex"), Pfif.SEX_VALUES::contains),
        f.check("date_of_birth", f.text("date_of_birth"), Pfif::isDateOfBirth),
        f.check("age", f.text("age"), Pfif::isAge),
        f.text("home_street"),
        f.text("home_neighborhood"),
        f.text("home_city"),
        f.text("home_state"),
        f.text("home_postal_code"),
        f.text("home_country"),
        f.text("photo_url"),
        f.text("profile_urls"),
        notes);
  }
}
