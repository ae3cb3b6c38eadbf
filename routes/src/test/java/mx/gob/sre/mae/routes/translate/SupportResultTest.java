package mx.gob.sre.mae.routes.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import mx.gob.sre.mae.routes.canonical.SupportResult;
import mx.gob.sre.mae.routes.canonical.SupportResultJson;
import mx.gob.sre.mae.routes.delivery.EmailDeliveryRoute;
import mx.gob.sre.mae.routes.delivery.OutboundMessage;
import mx.gob.sre.mae.routes.delivery.OutboxDispatchRoute;
import mx.gob.sre.mae.routes.delivery.OutgoingMail;
import mx.gob.sre.mae.routes.delivery.RecipientDirectory;
import org.apache.camel.CamelContext;
import org.apache.camel.component.direct.DirectComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/** A support request's result reaches the requesting agency as stored: JSON as it is, a PDF, or both by email. */
class SupportResultTest {

  static final String SHA = "3f".repeat(32);
  static final SupportResult RESULT = new SupportResult(SupportResult.SCHEMA_VERSION, SupportResult.KIND, "SR-2026-000123",
      "MAE-2026-000042", "FGE:MX-CHP", "LAX", "Consulado General en Los Ángeles", "REFERENCE_DNA_SAMPLE",
      "Tomar muestra de referencia a la madre, que vive en Riverside.", Instant.parse("2026-11-01T16:00:00Z"),
      Instant.parse("2026-11-20T05:59:59Z"), "COMPLETED", "Muestra tomada y enviada con cadena de custodia.",
      Instant.parse("2026-11-10T18:30:00Z"), "lax.oficial",
      List.of(new SupportResult.Action(Instant.parse("2026-11-02T17:00:00Z"), "lax.supervisor", "consular-supervisor", "ASSIGNED", "lax.oficial"),
          new SupportResult.Action(Instant.parse("2026-11-09T17:00:00Z"), "lax.oficial", "consular-officer", "ACTION_RECORDED",
              "Muestra bucal tomada en el consulado")),
      List.of(new SupportResult.ResultFile(51, "cadena-custodia.pdf", "application/pdf", 2048, SHA, "lax.oficial",
          Instant.parse("2026-11-09T18:00:00Z"))));

  static OutboundMessage message(String channel) {
    return new OutboundMessage(OutboundMessage.SUPPORT_RESULT, 9, "SR-2026-000123", 1, "FGE:MX-CHP", channel,
        "SR-2026-000123:FGE:MX-CHP:result", Set.of(), SupportResultJson.toJson(RESULT), 0);
  }

  @Test
  void theResultIsDeliveredAsItIsWithEachFilesHash() {
    OutboundMessage m = message("INBOX");
    String document = new RecipientDocuments().documentFor(m);
    assertEquals(m.payload(), document);
    assertEquals(RESULT, SupportResultJson.fromJson(document));
    assertTrue(document.contains("\"sha256\":\"" + SHA + "\""), document);
    assertTrue(m.deliveredAsIs() && m.isSupportResult() && !m.isVisaNotice());
  }

  @Test
  void theResultNamesNoReporter() {
    String json = SupportResultJson.toJson(RESULT);
    assertFalse(json.contains("reporter"), "the result has no field for the case's reporter: " + json);
  }

  @Test
  void thePdfIsRendered() {
    byte[] pdf = SupportResultPdf.render(RESULT);
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    assertTrue(pdf.length > 1000, "a page with the result's facts");
  }

  @Test
  void anEmailRecipientGetsTheResultAsPdfAndJson() throws Exception {
    List<OutgoingMail> sent = new CopyOnWriteArrayList<>();
    RecipientDirectory recipients = new RecipientDirectory() {
      @Override
      public String channelOf(String recipient) {
        return "EMAIL";
      }

      @Override
      public java.util.Optional<mx.gob.sre.mae.routes.delivery.Webhook> webhookOf(String recipient) {
        return java.util.Optional.empty();
      }

      @Override
      public java.util.Optional<String> emailOf(String recipient) {
        return java.util.Optional.of("fge.chiapas@example.org");
      }
    };
    try (CamelContext camel = new DefaultCamelContext()) {
      camel.addComponent("direct", new DirectComponent());
      camel.addRoutes(new EmailDeliveryRoute(recipients, new RecipientDocuments(), sent::add));
      camel.start();
      OutboundMessage m = message("EMAIL");
      camel.createProducerTemplate().send(OutboxDispatchRoute.EMAIL, e -> e.setProperty(OutboxDispatchRoute.MESSAGE, m));
    }
    assertEquals(1, sent.size());
    OutgoingMail mail = sent.get(0);
    assertEquals("fge.chiapas@example.org", mail.to());
    assertTrue(mail.subject().contains("SR-2026-000123") && mail.subject().contains("MAE-2026-000042"), mail.subject());
    assertTrue(mail.subject().contains("Cumplida"), "the outcome in Spanish: " + mail.subject());
    assertEquals(List.of("SR-2026-000123.pdf", "SR-2026-000123.json"), mail.attachments().stream().map(OutgoingMail.Attachment::fileName).toList());
    assertEquals(message("EMAIL").payload(), new String(mail.attachments().get(1).content(), StandardCharsets.UTF_8));
  }
}
