package mx.gob.sre.mae.routes.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.gob.sre.mae.routes.canonical.CanonicalCase;
import mx.gob.sre.mae.routes.canonical.CanonicalJson;
import mx.gob.sre.mae.routes.delivery.OutboundMessage;
import org.junit.jupiter.api.Test;

class RecipientDocumentsTest {

  static final CanonicalCase CASE = new CanonicalCase(1, "MAE-2026-000042", 1, "API", "GUA", "es", Instant.parse("2026-10-21T10:00:00Z"),
      CanonicalCase.Reporter.withoutIdentity("ANONYMOUS"),
      List.of(new CanonicalCase.MissingPerson("María", "Xol", null, "F", LocalDate.of(2001, 5, 5), null, "GT", null, false,
          LocalDate.of(2026, 10, 20), "Tapachula", "MX-CHP", null)),
      "Cruzó por Ciudad Hidalgo.", false, List.of(), List.of(), List.of(), Map.of());

  private final RecipientDocuments documents = new RecipientDocuments();

  @Test
  void searchCommissionsGetTheRegisterSubmissionAndProsecutorsTheComplaint() {
    assertEquals(RegisterSubmissionTranslator.SCHEMA, schemaFor("CNB"));
    assertEquals(RegisterSubmissionTranslator.SCHEMA, schemaFor("CLB:MX-CHP"));
    assertEquals(ComplaintTranslator.SCHEMA, schemaFor("FGR:UIDPM"));
    assertEquals(ComplaintTranslator.SCHEMA, schemaFor("FGE:MX-CHP"));
  }

  @Test
  void theCanonicalCaseSurvivesTheOutboxAsJson() {
    assertEquals(CASE, CanonicalJson.fromJson(CanonicalJson.toJson(CASE)));
  }

  private String schemaFor(String recipient) {
    OutboundMessage m = new OutboundMessage(1, CASE.folio(), 1, recipient, "INBOX", CASE.folio() + ":" + recipient + ":v1",
        Set.of("ALBA"), CanonicalJson.toJson(CASE), 0);
    JsonObject doc = Json.createReader(new StringReader(documents.documentFor(m))).readObject();
    assertEquals(recipient, doc.getString("recipient"));
    return doc.getString("schema");
  }
}
