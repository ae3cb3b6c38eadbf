package mx.gob.sre.mae.routes.translate;

import static mx.gob.sre.mae.routes.translate.CaseFixture.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplaintTranslatorTest {

  private final ComplaintTranslator translator = new ComplaintTranslator();

  @Test
  void usesTheComplaintSchemaWithTheSamePersonDataAsTheRegisterSubmission() {
    CaseFixture fixture = new CaseFixture();
    fixture.persons.add(CaseFixture.mexicanManWithoutDates());

    JsonObject complaint = parse(translator.toJson(fixture.build(), "FGR-UIDPM", Set.of("ALBA")));
    JsonObject submission = parse(new RegisterSubmissionTranslator().toJson(fixture.build(), "CNB", Set.of("ALBA")));

    assertEquals("mae.complaint/1", complaint.getString("schema"));
    assertEquals("FGR-UIDPM", complaint.getString("recipient"));
    assertEquals(CaseFixture.FOLIO, complaint.getString("folio"));
    assertEquals(submission.getJsonArray("missingPersons"), complaint.getJsonArray("missingPersons"));
    assertEquals(submission.getJsonObject("circumstances"), complaint.getJsonObject("circumstances"));
    assertEquals(submission.getJsonArray("attachments"), complaint.getJsonArray("attachments"));
    assertEquals(List.of("ALBA"), complaint.getJsonArray("flags").getValuesAs(jakarta.json.JsonString::getString));
  }

  @Test
  void carriesSuspectedOfficialInvolvementPerpetratorsAndWitnesses() {
    JsonObject complaint = parse(translator.toJson(new CaseFixture().build(), "FGR-FEIDDF", Set.of()));

    assertTrue(complaint.getBoolean("publicOfficialInvolvementSuspected"));
    JsonObject perpetrator = complaint.getJsonArray("allegedPerpetrators").getJsonObject(0);
    assertEquals("Agente Ramírez", perpetrator.getString("name"));
    assertEquals("Wore a municipal police uniform", perpetrator.getJsonObject("details").getString("original"));
    JsonArray witnesses = complaint.getJsonArray("witnesses");
    assertEquals(2, witnesses.size());
    assertEquals(Set.of("name"), witnesses.getJsonObject(0).keySet());
    assertEquals(Set.of("details"), witnesses.getJsonObject(1).keySet());
  }

  @Test
  void sendsEmptyListsAndFalseWhenThereIsNoOneToName() {
    CaseFixture fixture = new CaseFixture();
    fixture.perpetrators.clear();
    fixture.witnesses.clear();
    fixture.officialInvolvement = false;

    JsonObject complaint = parse(translator.toJson(fixture.build(), "FGE-CHP", Set.of()));

    assertFalse(complaint.getBoolean("publicOfficialInvolvementSuspected"));
    assertTrue(complaint.getJsonArray("allegedPerpetrators").isEmpty());
    assertTrue(complaint.getJsonArray("witnesses").isEmpty());
  }
}
