package mx.gob.sre.mae.routes.pfif;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

/**
 * A PFIF 1.4 note: something someone said about a person at some time (a sighting, a status such as
 * "believed alive", a request for information). Written once; a correction is another note.
 */
public record PfifNote(
    String noteRecordId,
    String personRecordId,
    String linkedPersonRecordId,
    Instant entryDate,
    String authorName,
    String authorEmail,
    String authorPhone,
    Instant sourceDate,
    Boolean authorMadeContact,
    Status status,
    String emailOfFoundPerson,
    String phoneOfFoundPerson,
    String lastKnownLocation,
    String text,
    String photoUrl) {

  /** The {@code status} values of PFIF 1.4, spelt as in the specification by {@link #code()}. */
  public enum Status {
    INFORMATION_SOUGHT, IS_NOTE_AUTHOR, BELIEVED_ALIVE, BELIEVED_MISSING, BELIEVED_DEAD;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static boolean isCode(String code) {
      return Arrays.stream(values()).anyMatch(s -> s.code().equals(code));
    }

    static Status of(String code) {
      return code == null ? null : valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
  }

  /** The same note with another entry date (the repository that exports a record stamps its own). */
  public PfifNote withEntryDate(Instant date) {
    return new PfifNote(noteRecordId, personRecordId, linkedPersonRecordId, date, authorName, authorEmail, authorPhone, sourceDate,
        authorMadeContact, status, emailOfFoundPerson, phoneOfFoundPerson, lastKnownLocation, text, photoUrl);
  }

  /** The same note attached to {@code person} (a note nested in a person may leave its person id out). */
  PfifNote withPerson(String person) {
    return new PfifNote(noteRecordId, person, linkedPersonRecordId, entryDate, authorName, authorEmail, authorPhone, sourceDate,
        authorMadeContact, status, emailOfFoundPerson, phoneOfFoundPerson, lastKnownLocation, text, photoUrl);
  }

  /** The fields as PFIF text, in specification order, empty ones left out. */
  public Map<String, String> fields() {
    return PfifFields.ordered("note_record_id", noteRecordId, "person_record_id", personRecordId, "linked_person_record_id",
        linkedPersonRecordId, "entry_date", entryDate, "author_name", authorName, "author_email", authorEmail, "author_phone",
        authorPhone, "source_date", sourceDate, "author_made_contact", authorMadeContact, "status", status == null ? null : status.code(),
        "email_of_found_person", emailOfFoundPerson, "phone_of_found_person", phoneOfFoundPerson, "last_known_location",
        lastKnownLocation, "text", text, "photo_url", photoUrl);
  }

  /**
   * A note from its fields as read, checked against the specification. {@code parentPerson} is the id
   * of the enclosing person, or null for a note at the top level (which must then name its person).
   */
  static PfifNote of(Map<String, String> values, String parentPerson) {
    String label = "note " + values.getOrDefault("note_record_id", "?");
    PfifFields f = new PfifFields(values, label);
    String person = f.recordId("person_record_id", parentPerson == null);
    if (parentPerson != null && person != null && !person.equals(parentPerson)) {
      throw new PfifFormatException(PfifFormatException.Reason.BAD_VALUE, label, "person_record_id", person);
    }
    String contact = f.check("author_made_contact", f.text("author_made_contact"), v -> v.equals("true") || v.equals("false"));
    return new PfifNote(
        f.recordId("note_record_id", true),
        person == null ? parentPerson : person,
        f.recordId("linked_person_record_id", false),
        f.date("entry_date", false),
        f.required("author_name"),
        f.text("author_email"),
        f.text("author_phone"),
        f.date("source_date", true),
        contact == null ? null : Boolean.valueOf(contact),
        Status.of(f.check("status", f.text("status"), Status::isCode)),
        f.text("email_of_found_person"),
        f.text("phone_of_found_person"),
        f.text("last_known_location"),
        f.text("text"),
        f.text("photo_url"));
  }
}
