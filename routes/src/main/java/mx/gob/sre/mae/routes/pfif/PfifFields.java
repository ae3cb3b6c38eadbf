package mx.gob.sre.mae.routes.pfif;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The text fields of one record as read, turned into typed values with the specification's checks;
 * and the way back, fields in order with empty ones left out. One per record, never shared.
 */
final class PfifFields {

  private final Map<String, String> values;
  private final String record;

  PfifFields(Map<String, String> values, String record) {
    this.values = values;
    this.record = record;
  }

  /** The value, or null when absent or blank. */
  String text(String field) {
    String v = values.get(field);
    return v == null || v.isBlank() ? null : v.strip();
  }

  String required(String field) {
    String v = text(field);
    if (v == null) {
      throw new PfifFormatException(PfifFormatException.Reason.MISSING_FIELD, record, field);
    }
    return v;
  }

  String recordId(String field, boolean required) {
    String v = required ? required(field) : text(field);
    return check(field, v, Pfif::isRecordId);
  }

  Instant date(String field, boolean required) {
    String v = required ? required(field) : text(field);
    if (v == null) {
      return null;
    }
    try {
      return Pfif.parseDate(v);
    } catch (DateTimeParseException e) {
      throw bad(field, v);
    }
  }

  String check(String field, String value, Predicate<String> valid) {
    if (value != null && !valid.test(value)) {
      throw bad(field, value);
    }
    return value;
  }

  private PfifFormatException bad(String field, String value) {
    String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
    return new PfifFormatException(PfifFormatException.Reason.BAD_VALUE, record, field, shown);
  }

  /** Fields in specification order, as text; nulls and blanks left out. */
  static Map<String, String> ordered(Object... nameValuePairs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      Object v = nameValuePairs[i + 1];
      String text = v instanceof Instant instant ? Pfif.formatDate(instant) : v == null ? null : v.toString();
      if (text != null && !text.isBlank()) {
        out.put((String) nameValuePairs[i], text.strip());
      }
    }
    return out;
  }
}
