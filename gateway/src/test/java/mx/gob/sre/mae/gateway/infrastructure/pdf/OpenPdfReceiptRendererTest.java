package mx.gob.sre.mae.gateway.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import mx.gob.sre.mae.gateway.application.intake.ReceiptData;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class OpenPdfReceiptRendererTest {

  private static final String FOLIO = "MAE-2026-000123";
  private static final String ACCESS_CODE = "K7QF-2M9X-PL4D";
  private static final String PERSON = "José Luis Hernández López, 1998-04-12";
  private static final String SECOND_PERSON = "María Fernanda Núñez Peña";
  private static final String STATUS_URL = "https://mae.sre.gob.mx/status";

  private final OpenPdfReceiptRenderer renderer = new OpenPdfReceiptRenderer();

  @Test
  void showsFolioAndAccessCodeAndBothLanguages() throws IOException {
    String text = text(renderer.render(receipt(Language.EN, ACCESS_CODE, "Consulado General en Los Ángeles")));

    assertTrue(text.contains(FOLIO), text);
    assertTrue(text.contains(ACCESS_CODE), text);
    assertTrue(text.contains("José Luis Hernández López"), text);
    assertTrue(text.contains("Consulado General en Los Ángeles"), text);
    assertTrue(text.contains("Código de acceso / " + en("receipt.accessCode")), text);
    assertTrue(text.contains("Persona desaparecida / " + en("receipt.missingPerson")), text);
    assertTrue(text.contains(es("receipt.title")), text);
    assertTrue(text.contains(en("receipt.title")), text);
  }

  @Test
  void printsEveryMissingPersonOnItsOwnLine() throws IOException {
    List<String> lines = Arrays.stream(rawText(renderer.render(receipt(Language.EN, ACCESS_CODE, "Madrid")))
        .split("\\R")).map(String::strip).toList();

    assertTrue(lines.contains(PERSON), String.join("\n", lines));
    assertTrue(lines.contains(SECOND_PERSON), String.join("\n", lines));
  }

  @Test
  void omitsTheAccessCodeRowWhenThereIsNoCode() throws IOException {
    String english = text(renderer.render(receipt(Language.EN, null, "Madrid")));
    String spanish = text(renderer.render(receipt(Language.ES, null, "Madrid")));

    assertTrue(english.contains("Folio / " + en("receipt.folio")), english);
    assertFalse(english.contains("Código de acceso / " + en("receipt.accessCode")), english);
    assertTrue(spanish.contains(FOLIO), spanish);
    assertFalse(spanish.contains(es("receipt.accessCode")), spanish);
  }

  @Test
  void spanishReceiptHasOnlySpanishLabels() throws IOException {
    String text = text(renderer.render(receipt(Language.ES, ACCESS_CODE, "Madrid")));

    assertFalse(text.contains(" / "), text);
    assertTrue(text.contains(es("receipt.title")), text);
    assertTrue(text.contains(es("receipt.accessCode") + " " + ACCESS_CODE), text);
    assertTrue(text.contains(es("receipt.immediate")), text);
  }

  @Test
  void showsReceivedAtWithItsZoneAndTheStatusAddress() throws IOException {
    String text = text(renderer.render(receipt(Language.EN, ACCESS_CODE, "Madrid")));

    assertTrue(text.contains("2026-11-29 14:05 +01:00 (Europe/Madrid)"), text);
    assertTrue(text.contains(Messages.text(Language.ES, "receipt.statusHint", STATUS_URL)), text);
    assertTrue(text.contains(Messages.text(Language.EN, "receipt.statusHint", STATUS_URL)), text);
  }

  @Test
  void showsNoDataForUnknownLastSeenAndOmitsAMissingOfficer() throws IOException {
    ReceiptData full = receipt(Language.EN, ACCESS_CODE, "Madrid");
    ReceiptData sparse = new ReceiptData(full.folio(), full.accessCode(), full.receivedAt(),
        full.consulateName(), null, full.channelLabelEs(), full.channelLabelReporter(),
        full.missingPersons(), null, full.reporter(), full.statusUrl(), full.reporterLanguage());

    String text = text(renderer.render(sparse));

    assertTrue(text.contains(es("receipt.lastSeen") + " / " + en("receipt.lastSeen")), text);
    assertTrue(text.contains(es("receipt.noData") + " / " + en("receipt.noData")), text);
    assertFalse(text.contains(es("receipt.officer") + " / "), text);
    assertFalse(text.contains("Culiacán"), text);
  }

  @Test
  void isAnA4PageWithTitleAndCreatorMetadata() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(renderer.render(receipt(Language.EN, ACCESS_CODE, "Madrid")))) {
      PDDocumentInformation info = pdf.getDocumentInformation();
      PDRectangle page = pdf.getPage(0).getMediaBox();

      assertEquals(1, pdf.getNumberOfPages());
      assertEquals(PDRectangle.A4.getWidth(), page.getWidth(), 1f);
      assertEquals(PDRectangle.A4.getHeight(), page.getHeight(), 1f);
      assertEquals("MAE gateway", info.getCreator());
      assertTrue(info.getTitle().contains(es("receipt.title")), info.getTitle());
      assertTrue(info.getTitle().contains(FOLIO), info.getTitle());
    }
  }

  @Test
  void rejectsAMissingReceipt() {
    assertThrows(NullPointerException.class, () -> renderer.render(null));
  }

  private static ReceiptData receipt(Language language, String accessCode, String consulate) {
    return new ReceiptData(
        FOLIO,
        accessCode,
        ZonedDateTime.of(2026, 11, 29, 14, 5, 0, 0, ZoneId.of("Europe/Madrid")),
        consulate,
        "Lucía Ramírez Ortega",
        "Presencial en el consulado",
        language == Language.ES ? "Presencial en el consulado" : "In person at the consulate",
        List.of(PERSON, SECOND_PERSON),
        "Culiacán, Sinaloa, 2026-11-20",
        "Ana Pérez (Madre)",
        STATUS_URL,
        language);
  }

  private static String es(String key) {
    return Messages.text(Language.ES, key);
  }

  private static String en(String key) {
    return Messages.text(Language.EN, key);
  }

  /** The page text with line breaks and runs of spaces collapsed, so wrapped cells still match. */
  private static String text(byte[] pdf) throws IOException {
    return rawText(pdf).replaceAll("\\s+", " ");
  }

  private static String rawText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
