package mx.gob.sre.mae.routes.pfif;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the PFIF 1.4 specification (http://zesty.ca/pfif/1.4/) fixes: the namespace, the fields of a
 * person and of a note in their standard order, and the formats of record ids, dates and coded values.
 */
public final class Pfif {

  public static final String NAMESPACE = "http://zesty.ca/pfif/1.4";
  public static final String PREFIX = "pfif";

  /** Person fields in the order of the specification. */
  public static final List<String> PERSON_FIELDS = List.of("person_record_id", "entry_date", "expiry_date", "author_name",
      "author_email", "author_phone", "source_name", "source_date", "source_url", "full_name", "given_name", "family_name",
      "alternate_names", "description", "sex", "date_of_birth", "age", "home_street", "home_neighborhood", "home_city",
      "home_state", "home_postal_code", "home_country", "photo_url", "profile_urls");

  /** Note fields in the order of the specification. */
  public static final List<String> NOTE_FIELDS = List.of("note_record_id", "person_record_id", "linked_person_record_id",
      "entry_date", "author_name", "author_email", "author_phone", "source_date", "author_made_contact", "status",
      "email_of_found_person", "phone_of_found_person", "last_known_location", "text", "photo_url");

  /** Values of a person's {@code sex}. */
  public static final List<String> SEX_VALUES = List.of("female", "male", "other");

  private static final Pattern DATE_OF_BIRTH = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");
  private static final Pattern AGE = Pattern.compile("\\d{1,3}(-\\d{1,3})?");
  private static final Pattern UTC_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

  private Pfif() {}

  /** A record id is {@code domain_name/unique_string}: a domain without slash or space, then a non-empty rest. */
  public static boolean isRecordId(String id) {
    if (id == null || id.length() > 500 || id.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      return false;
    }
    int slash = id.indexOf('/');
    return slash > 0 && slash < id.length() - 1;
  }

  /** The repository domain a record id belongs to ({@code example.org} of {@code example.org/p.1}). */
  public static String domainOf(String recordId) {
    int slash = recordId.indexOf('/');
    return slash < 0 ? "" : recordId.substring(0, slash);
  }

  /** A PFIF date: UTC, {@code YYYY-MM-DDThh:mm:ssZ}. Fractions are accepted when reading and dropped. */
  public static Instant parseDate(String value) {
    if (!UTC_DATE.matcher(value).matches()) {
      throw new DateTimeParseException("not YYYY-MM-DDThh:mm:ssZ", value, 0);
    }
    return Instant.parse(value).truncatedTo(ChronoUnit.SECONDS);
  }

  public static String formatDate(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** {@code YYYY}, {@code YYYY-MM} or a calendar date {@code YYYY-MM-DD}. */
  public static boolean isDateOfBirth(String value) {
    if (!DATE_OF_BIRTH.matcher(value).matches()) {
      return false;
    }
    try {
      return value.length() < 10 || java.time.LocalDate.parse(value) != null;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  public static boolean isAge(String value) {
    if (!AGE.matcher(value).matches()) {
      return false;
    }
    String[] range = value.split("-");
    return range.length == 1 || Integer.parseInt(range[0]) <= Integer.parseInt(range[1]);
  }
}
