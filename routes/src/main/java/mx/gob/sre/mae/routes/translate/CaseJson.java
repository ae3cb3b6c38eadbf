package mx.gob.sre.mae.routes.translate;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import java.io.StringWriter;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import mx.gob.sre.mae.i18n.CodeList;
import mx.gob.sre.mae.routes.canonical.CanonicalCase;
import mx.gob.sre.mae.routes.canonical.CanonicalCase.MissingPerson;
import mx.gob.sre.mae.routes.canonical.CanonicalCase.Party;
import mx.gob.sre.mae.routes.canonical.CanonicalCase.Reporter;

/**
 * The JSON both outbound formats share (header, missing persons, free text, reporter, parties,
 * attachments): codes with their Spanish labels, null values left out.
 */
final class CaseJson {

  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
  private static final JsonWriterFactory WRITER = Json.createWriterFactory(Map.of());

  private CaseJson() {}

  /** schema, folio, version, recipient, receivedAt, channel, consulate, language, flags, immediateSearch. */
  static JsonObjectBuilder header(String schema, AddressedCase a) {
    CanonicalCase c = a.c();
    JsonObjectBuilder header = JSON.createObjectBuilder().add("schema", schema);
    put(header, "folio", c.folio());
    header.add("version", c.version()).add("recipient", a.recipient());
    put(header, "receivedAt", c.recordedAt() == null ? null : c.recordedAt().toString());
    put(header, "channel", coded(CodeList.CHANNEL, c.channel()));
    put(header, "consulate", c.consulate());
    put(header, "language", c.language());
    JsonArrayBuilder flags = JSON.createArrayBuilder();
    a.flags().forEach(flags::add);
    return header.add("flags", flags).add("immediateSearch", true);
  }

  /** What every recipient document starts with: header, missing persons and, if any, circumstances. */
  static JsonObjectBuilder body(String schema, CanonicalCase c, String recipient, java.util.Set<String> flags) {
    JsonObjectBuilder json = header(schema, AddressedCase.of(c, recipient, flags)).add("missingPersons", missingPersons(c));
    JsonObject circumstances = circumstances(c);
    if (circumstances != null) {
      json.add("circumstances", circumstances);
    }
    if (!c.authorityNotices().isEmpty()) {
      json.add("authorityNotifications", authorityNotices(c));
    }
    return json;
  }

  /**
   * What foreign authorities notified about the person and a consular officer confirmed: type (coded),
   * when, where, the authority, the facility, and the authority's account in its own words.
   */
  static JsonArray authorityNotices(CanonicalCase c) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (CanonicalCase.AuthorityNotice n : c.authorityNotices()) {
      JsonObjectBuilder json = JSON.createObjectBuilder();
      put(json, "reference", n.reference());
      put(json, "type", codeAndLabel(n.type(), Spanish.text("register.authorityNotice." + n.type())));
      put(json, "eventDate", n.eventDate());
      put(json, "place", n.place());
      put(json, "country", country(n.country()));
      JsonObjectBuilder authority = JSON.createObjectBuilder();
      put(authority, "name", n.authorityName());
      put(authority, "country", country(n.authorityCountry()));
      put(authority, "kind", n.authorityKind());
      json.add("authority", authority);
      put(json, "facility", n.facilityName());
      put(json, "facilityContact", n.facilityContact());
      put(json, "narrative", n.narrative());
      put(json, "confirmedBy", n.confirmedBy());
      put(json, "confirmedAt", n.confirmedAt() == null ? null : n.confirmedAt().toString());
      array.add(json);
    }
    return array.build();
  }

  static JsonArray missingPersons(CanonicalCase c) {
    JsonArrayBuilder persons = JSON.createArrayBuilder();
    List<MissingPerson> list = c.missingPersons();
    for (int i = 0; i < list.size(); i++) {
      persons.add(missingPerson(list.get(i), FreeText.of(c, FreeText.description(i), list.get(i).description())));
    }
    return persons.build();
  }

  private static JsonObject missingPerson(MissingPerson p, Optional<FreeText> description) {
    JsonObjectBuilder names = JSON.createObjectBuilder();
    put(names, "givenNames", p.givenNames());
    put(names, "firstSurname", p.firstSurname());
    put(names, "secondSurname", p.secondSurname());
    JsonObjectBuilder person = JSON.createObjectBuilder().add("names", names);
    put(person, "sex", coded(CodeList.SEX, p.sex()));
    put(person, "dateOfBirth", p.dateOfBirth());
    if (p.approximateAge() != null) {
      person.add("approximateAge", p.approximateAge());
    }
    put(person, "nationality", country(p.nationality()));
    put(person, "curp", p.curp());
    person.add("inMigration", p.inMigration());
    JsonObjectBuilder lastSeen = JSON.createObjectBuilder();
    put(lastSeen, "date", p.lastSeenDate());
    put(lastSeen, "place", p.lastSeenPlace());
    put(lastSeen, "state", coded(CodeList.MX_STATE, p.lastSeenState()));
    JsonObject seen = lastSeen.build();
    if (!seen.isEmpty()) {
      person.add("lastSeen", seen);
    }
    put(person, "description", description.map(CaseJson::freeText).orElse(null));
    return person.build();
  }

  /** The case's circumstances as a free-text object, or null when there are none. */
  static JsonObject circumstances(CanonicalCase c) {
    return FreeText.of(c, FreeText.CIRCUMSTANCES, c.circumstances()).map(CaseJson::freeText).orElse(null);
  }

  /**
   * {@code {"original","language","spanish":{...}}} with a translation, else {@code translationPending}
   * when the original is not Spanish; a Spanish original stands alone.
   */
  static JsonObject freeText(FreeText text) {
    JsonObjectBuilder json = JSON.createObjectBuilder().add("original", text.original());
    put(json, "language", text.language());
    if (text.spanish() != null) {
      JsonObjectBuilder spanish = JSON.createObjectBuilder();
      put(spanish, "text", text.spanish().text());
      put(spanish, "translatedBy", text.spanish().translatedBy());
      put(spanish, "translatedAt", text.spanish().translatedAt() == null ? null : text.spanish().translatedAt().toString());
      put(spanish, "fromLanguage", text.spanish().fromLanguage());
      json.add("spanish", spanish);
    } else if (text.translationPending()) {
      json.add("translationPending", true);
    }
    return json.build();
  }

  /**
   * The reporter as the mode allows: the identity only when IDENTIFIED; for a withheld identity only
   * a note and the consulate to contact through; for an anonymous report only the fact.
   */
  static JsonObject reporter(CanonicalCase c) {
    Reporter r = c.reporter();
    return switch (ReporterDisclosure.of(r)) {
      case ANONYMOUS -> JSON.createObjectBuilder().add("anonymous", true).build();
      case WITHHELD -> {
        JsonObjectBuilder withheld =
            JSON.createObjectBuilder()
                .add("identityWithheld", true)
                .add("note", Spanish.text("register.reporter.withheldNote"));
        put(withheld, "contactThrough", c.consulate() == null ? null : "consulate " + c.consulate());
        yield withheld.build();
      }
      case IDENTIFIED -> {
        JsonObjectBuilder identified = JSON.createObjectBuilder();
        put(identified, "name", r.name());
        put(identified, "relationship", coded(CodeList.RELATIONSHIP, r.relationship()));
        put(identified, "email", r.email());
        put(identified, "phone", r.phone());
        put(identified, "address", r.address());
        put(identified, "country", country(r.country()));
        yield identified.build();
      }
    };
  }

  /** Alleged perpetrators or witnesses: name and free-text details, {@code field} naming each one's details path. */
  static JsonArray parties(CanonicalCase c, List<Party> parties, IntFunction<String> field) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (int i = 0; i < parties.size(); i++) {
      Party party = parties.get(i);
      JsonObjectBuilder json = JSON.createObjectBuilder();
      put(json, "name", party.name());
      put(json, "details", FreeText.of(c, field.apply(i), party.details()).map(CaseJson::freeText).orElse(null));
      array.add(json);
    }
    return array.build();
  }

  static JsonArray attachments(CanonicalCase c) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (CanonicalCase.AttachmentRef attachment : c.attachments()) {
      JsonObjectBuilder json = JSON.createObjectBuilder();
      put(json, "fileName", attachment.fileName());
      put(json, "mediaType", attachment.mediaType());
      json.add("size", attachment.size());
      put(json, "sha256", attachment.sha256());
      array.add(json);
    }
    return array.build();
  }

  static String write(JsonObject json) {
    StringWriter out = new StringWriter();
    try (JsonWriter writer = WRITER.createWriter(out)) {
      writer.writeObject(json);
    }
    return out.toString();
  }

  /** {@code {"code","label"}} with the Spanish label, just the code when the list does not know it, null for no code. */
  private static JsonObject coded(CodeList list, String code) {
    return code == null ? null : codeAndLabel(code, Spanish.label(list, code));
  }

  private static JsonObject country(String code) {
    return code == null ? null : codeAndLabel(code, Spanish.country(code));
  }

  private static JsonObject codeAndLabel(String code, String label) {
    JsonObjectBuilder json = JSON.createObjectBuilder().add("code", code);
    put(json, "label", label);
    return json.build();
  }

  private static void put(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }

  private static void put(JsonObjectBuilder json, String name, Temporal value) {
    if (value != null) {
      json.add(name, value.toString());
    }
  }

  private static void put(JsonObjectBuilder json, String name, JsonObject value) {
    if (value != null) {
      json.add(name, value);
    }
  }
}
