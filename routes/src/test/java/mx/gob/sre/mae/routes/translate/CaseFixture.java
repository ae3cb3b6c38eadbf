package mx.gob.sre.mae.routes.translate;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.gob.sre.mae.routes.canonical.CanonicalCase;
import mx.gob.sre.mae.routes.canonical.CanonicalCase.AttachmentRef;
import mx.gob.sre.mae.routes.canonical.CanonicalCase.MissingPerson;
import mx.gob.sre.mae.routes.canonical.CanonicalCase.Party;
import mx.gob.sre.mae.routes.canonical.CanonicalCase.Reporter;
import mx.gob.sre.mae.routes.canonical.CanonicalCase.Translation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A case built field by field for the translator tests, and the readers of what the translators produce. */
final class CaseFixture {

  static final String FOLIO = "MAE-2026-000042";
  static final Instant RECORDED_AT = Instant.parse("2026-10-03T16:20:00Z");
  static final Instant TRANSLATED_AT = Instant.parse("2026-10-03T18:00:00Z");
  static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  static final String CIRCUMSTANCES_EN = "She called from the bus station in Tapachula and has not answered since.";
  static final String CIRCUMSTANCES_ES =
      "Llamó desde la central de autobuses de Tapachula y no ha respondido desde entonces.";

  String language = "en";
  String channel = "WALK_IN";
  Reporter reporter =
      new Reporter("IDENTIFIED", "Ana Pérez Gómez", "MOTHER", "ana@example.org", "+13105550100",
          "123 Main St, Los Ángeles, CA", "US");
  List<MissingPerson> persons = new ArrayList<>(List.of(guatemalanGirl()));
  String circumstances = CIRCUMSTANCES_EN;
  boolean officialInvolvement = true;
  List<Party> perpetrators = new ArrayList<>(List.of(new Party("Agente Ramírez", "Wore a municipal police uniform")));
  List<Party> witnesses =
      new ArrayList<>(List.of(new Party("Lucía Ixchel", null), new Party(null, "A taxi driver saw the car leave")));
  List<AttachmentRef> attachments =
      new ArrayList<>(List.of(new AttachmentRef("foto_maría.jpg", "image/jpeg", 184_321, SHA256)));
  Map<String, Translation> translations = new HashMap<>();

  static MissingPerson guatemalanGirl() {
    return new MissingPerson(
        "María Fernanda", "Núñez", "Peña", "F", LocalDate.of(2010, 5, 14), null, "GT", null, true,
        LocalDate.of(2026, 10, 1), "Tapachula, central de autobuses", "MX-CHP", "Scar on her left hand, red sweater");
  }

  static MissingPerson mexicanManWithoutDates() {
    return new MissingPerson(
        "José Luis", "Hernández", null, "M", null, 27, "MX", "HELJ980412HVZRPS09", false, null, null, null, null);
  }

  static Translation translation(String text) {
    return new Translation(text, "officer:lax.oficial", TRANSLATED_AT, "en");
  }

  CaseFixture translate(String field, String spanish) {
    translations.put(field, translation(spanish));
    return this;
  }

  CanonicalCase build() {
    return new CanonicalCase(
        CanonicalCase.SCHEMA_VERSION, FOLIO, 3, channel, "LAX", language, RECORDED_AT, reporter, persons,
        circumstances, officialInvolvement, perpetrators, witnesses, attachments, translations);
  }

  static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  /** The text of a PDF in content order (each table cell whole), runs of white space made single spaces. */
  static String pdfText(byte[] pdf) {
    return pdfText(pdf, false);
  }

  /** The text of a PDF top to bottom, page by page, as a reader sees it; runs of white space made single spaces. */
  static String pdfTextInReadingOrder(byte[] pdf) {
    return pdfText(pdf, true);
  }

  private static String pdfText(byte[] pdf, boolean sortByPosition) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(sortByPosition);
      return stripper.getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
