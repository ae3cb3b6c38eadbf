package mx.gob.sre.mae.routes.translate;

import static mx.gob.sre.mae.routes.translate.CaseFixture.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import mx.gob.sre.mae.routes.canonical.CanonicalCase.AttachmentRef;
import org.junit.jupiter.api.Test;

class RegisterSubmissionTranslatorTest {

  private final RegisterSubmissionTranslator translator = new RegisterSubmissionTranslator();

  private JsonObject submission(CaseFixture fixture, Set<String> flags) {
    return parse(translator.toJson(fixture.build(), "CNB", flags));
  }

  @Test
  void identifiesTheSubmissionByFolioVersionRecipientAndReceipt() {
    JsonObject json = submission(new CaseFixture(), Set.of());

    assertEquals("mae.register-submission/1", json.getString("schema"));
    assertEquals(CaseFixture.FOLIO, json.getString("folio"));
    assertEquals(3, json.getInt("version"));
    assertEquals("CNB", json.getString("recipient"));
    assertEquals("2026-10-03T16:20:00Z", json.getString("receivedAt"));
    assertEquals("LAX", json.getString("consulate"));
    assertEquals("en", json.getString("language"));
  }

  @Test
  void sendsCodedValuesAsCodesWithTheirSpanishLabels() {
    JsonObject json = submission(new CaseFixture(), Set.of());
    JsonObject person = json.getJsonArray("missingPersons").getJsonObject(0);

    assertEquals("WALK_IN", json.getJsonObject("channel").getString("code"));
    assertEquals("Presencial en el consulado", json.getJsonObject("channel").getString("label"));
    assertEquals("F", person.getJsonObject("sex").getString("code"));
    assertEquals("Mujer", person.getJsonObject("sex").getString("label"));
    assertEquals("GT", person.getJsonObject("nationality").getString("code"));
    assertEquals("Guatemala", person.getJsonObject("nationality").getString("label"));
    assertEquals("MX-CHP", person.getJsonObject("lastSeen").getJsonObject("state").getString("code"));
    assertEquals("Chiapas", person.getJsonObject("lastSeen").getJsonObject("state").getString("label"));
    JsonObject reporter = json.getJsonObject("reporter");
    assertEquals("Madre", reporter.getJsonObject("relationship").getString("label"));
    assertEquals("Estados Unidos", reporter.getJsonObject("country").getString("label"));
  }

  @Test
  void sendsAnUnknownCodeWithoutALabelRatherThanHoldingTheCaseBack() {
    CaseFixture fixture = new CaseFixture();
    fixture.channel = "CARRIER_PIGEON";

    JsonObject channel = submission(fixture, Set.of()).getJsonObject("channel");

    assertEquals("CARRIER_PIGEON", channel.getString("code"));
    assertFalse(channel.containsKey("label"));
  }

  @Test
  void sendsThePersonDataTheRegisterAsksFor() {
    JsonObject person = submission(new CaseFixture(), Set.of()).getJsonArray("missingPersons").getJsonObject(0);

    JsonObject names = person.getJsonObject("names");
    assertEquals("María Fernanda", names.getString("givenNames"));
    assertEquals("Núñez", names.getString("firstSurname"));
    assertEquals("Peña", names.getString("secondSurname"));
    assertEquals("2010-05-14", person.getString("dateOfBirth"));
    assertTrue(person.getBoolean("inMigration"));
    assertEquals("2026-10-01", person.getJsonObject("lastSeen").getString("date"));
    assertEquals("Tapachula, central de autobuses", person.getJsonObject("lastSeen").getString("place"));
    assertEquals("Scar on her left hand, red sweater", person.getJsonObject("description").getString("original"));
  }

  @Test
  void leavesOutWhatIsNotKnown() {
    CaseFixture fixture = new CaseFixture();
    fixture.persons = List.of(CaseFixture.mexicanManWithoutDates());
    fixture.circumstances = null;

    JsonObject json = submission(fixture, Set.of());
    JsonObject person = json.getJsonArray("missingPersons").getJsonObject(0);

    assertEquals(Set.of("givenNames", "firstSurname"), person.getJsonObject("names").keySet());
    assertFalse(person.containsKey("dateOfBirth"));
    assertFalse(person.containsKey("lastSeen"));
    assertFalse(person.containsKey("description"));
    assertFalse(json.containsKey("circumstances"));
    assertEquals(27, person.getInt("approximateAge"));
    assertEquals("HELJ980412HVZRPS09", person.getString("curp"));
    assertEquals("México", person.getJsonObject("nationality").getString("label"));
    assertFalse(person.getBoolean("inMigration"));
  }

  @Test
  void listsTheFlagsSortedAndAlwaysAsksForImmediateSearch() {
    JsonObject flagged = submission(new CaseFixture(), Set.of("CHILD", "ALBA"));
    JsonObject plain = submission(new CaseFixture(), null);

    assertEquals(List.of("ALBA", "CHILD"), flagged.getJsonArray("flags").getValuesAs(jakarta.json.JsonString::getString));
    assertTrue(flagged.getBoolean("immediateSearch"));
    assertTrue(plain.getJsonArray("flags").isEmpty());
    assertTrue(plain.getBoolean("immediateSearch"));
  }

  @Test
  void listsAttachmentsWithTheirSha256() {
    CaseFixture fixture = new CaseFixture();
    fixture.attachments.add(new AttachmentRef("acta.pdf", "application/pdf", 52_000, "ab".repeat(32)));

    var attachments = submission(fixture, Set.of()).getJsonArray("attachments");

    assertEquals(2, attachments.size());
    JsonObject photo = attachments.getJsonObject(0);
    assertEquals("foto_maría.jpg", photo.getString("fileName"));
    assertEquals("image/jpeg", photo.getString("mediaType"));
    assertEquals(184_321, photo.getJsonNumber("size").longValue());
    assertEquals(CaseFixture.SHA256, photo.getString("sha256"));
    assertEquals("ab".repeat(32), attachments.getJsonObject(1).getString("sha256"));
  }

  @Test
  void carriesNoneOfTheComplaintFields() {
    JsonObject json = submission(new CaseFixture(), Set.of());

    assertFalse(json.containsKey("allegedPerpetrators"));
    assertFalse(json.containsKey("witnesses"));
    assertFalse(json.containsKey("publicOfficialInvolvementSuspected"));
  }

  @Test
  void keepsAccentedTextIntact() {
    CaseFixture fixture = new CaseFixture();
    fixture.language = "es";
    fixture.circumstances =
        "Salió de Ciudad Hidalgo rumbo a Tuxtla Gutiérrez; llevaba suéter café y huaraches. ¿Dónde está?";

    String raw = translator.toJson(fixture.build(), "CNB", Set.of());
    JsonObject json = parse(raw);

    assertEquals(fixture.circumstances, json.getJsonObject("circumstances").getString("original"));
    assertTrue(raw.contains("Núñez"), raw);
  }
}
