package mx.gob.sre.mae.routes.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import mx.gob.sre.mae.routes.canonical.VisaNotice;
import mx.gob.sre.mae.routes.canonical.VisaNoticeJson;
import mx.gob.sre.mae.routes.delivery.OutboundMessage;
import org.junit.jupiter.api.Test;

/** A visa notice goes to its recipients exactly as stored; its PDF carries the zero fee and its basis. */
class VisaNoticeTest {

  static final VisaNotice NOTICE = new VisaNotice(1, VisaNotice.KIND, "VH-2026-000001", "GUA", "Consulado en Guatemala",
      new VisaNotice.Applicant("Rosa Xol", "GT", "PASSPORT", "G1234567", LocalDate.of(1970, 3, 1)), "MOTHER", "APPROVED",
      "Parentesco acreditado", Instant.parse("2026-11-01T10:00:00Z"), Instant.parse("2026-11-02T10:00:00Z"),
      LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15), null,
      new VisaNotice.Invitation("CNB", "CNB/INV/77", "Búsqueda", LocalDate.of(2026, 12, 2), null),
      new VisaNotice.Fee(new BigDecimal("0.00"), "MXN", "Exención de derechos por razones humanitarias"));

  @Test
  void theNoticeIsDeliveredAsItIs() {
    String json = VisaNoticeJson.toJson(NOTICE);
    OutboundMessage m = new OutboundMessage(OutboundMessage.VISA_NOTICE, 7, "VH-2026-000001", 1, "INM", "INBOX",
        "VH-2026-000001:INM:decision", Set.of(), json, 0);
    assertEquals(json, new RecipientDocuments().documentFor(m));
    assertEquals(NOTICE, VisaNoticeJson.fromJson(json));
    assertTrue(json.contains("\"amount\":0.00") || json.contains("\"amount\":0"), json);
  }

  @Test
  void aCaseMessageStillDefaultsToKindCase() {
    OutboundMessage m = new OutboundMessage(1, "MAE-2026-000001", 1, "CNB", "INBOX", "k", Set.of(), "{}", 0);
    assertEquals(OutboundMessage.CASE, m.kind());
  }

  @Test
  void thePdfShowsTheFeeAndItsBasis() {
    byte[] pdf = VisaNoticePdf.render(NOTICE);
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    assertEquals("2026-12-02 – …", VisaNoticePdf.period(LocalDate.of(2026, 12, 2), null));
  }
}
