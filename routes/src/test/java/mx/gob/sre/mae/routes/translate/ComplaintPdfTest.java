package mx.gob.sre.mae.routes.translate;

import static mx.gob.sre.mae.routes.translate.CaseFixture.pdfText;
import static mx.gob.sre.mae.routes.translate.CaseFixture.pdfTextInReadingOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Set;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class ComplaintPdfTest {

  private final ComplaintTranslator translator = new ComplaintTranslator();

  private String text(CaseFixture fixture, Set<String> flags) {
    return pdfText(translator.toPdf(fixture.build(), "FGR-UIDPM", flags));
  }

  private static String es(String key) {
    return Messages.text(Language.ES, key);
  }

  @Test
  void isAnA4RecordInSpanishWithTheDetailsOfTheCase() throws IOException {
    byte[] pdf = translator.toPdf(new CaseFixture().build(), "FGR-UIDPM", Set.of());

    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDRectangle page = document.getPage(0).getMediaBox();
      assertEquals(PDRectangle.A4.getWidth(), page.getWidth(), 1);
      assertEquals(PDRectangle.A4.getHeight(), page.getHeight(), 1);
      assertTrue(document.getDocumentInformation().getTitle().contains(CaseFixture.FOLIO));
    }
    String text = pdfText(pdf);
    assertTrue(text.contains("Constancia de denuncia / reporte recibido por el consulado"), text);
    assertTrue(text.contains("Folio " + CaseFixture.FOLIO), text);
    assertTrue(text.contains("Versión 3"), text);
    assertTrue(text.contains("2026-10-03 10:20 -06:00 (America/Mexico_City)"), text);
    assertTrue(text.contains("Consulado LAX"), text);
    assertTrue(text.contains("Presencial en el consulado"), text);
    assertTrue(text.contains("Autoridad destinataria FGR-UIDPM"), text);
    assertTrue(text.contains("inglés (en)"), text);
    assertTrue(text.contains(es("complaint.officialInvolvement") + " Sí"), text);
  }

  @Test
  void showsTheSearchProtocolsOfTheFlagsOnTopAndAlwaysTheImmediateSearchNotice() {
    String flagged = pdfTextInReadingOrder(translator.toPdf(new CaseFixture().build(), "FGR-UIDPM", Set.of("ALBA", "CHILD")));
    String plain = text(new CaseFixture(), Set.of());

    int alba = flagged.indexOf("Protocolo Alba");
    int child = flagged.indexOf("Protocolo Adicional para la Búsqueda de Niñas, Niños y Adolescentes");
    int caseDetails = flagged.indexOf("Folio " + CaseFixture.FOLIO);
    assertTrue(alba >= 0 && child >= 0, flagged);
    assertTrue(alba < caseDetails && child < caseDetails, flagged);
    assertTrue(flagged.contains(es("complaint.immediateSearch")), flagged);
    assertTrue(plain.contains(es("complaint.immediateSearch")), plain);
    assertFalse(plain.contains("Protocolo Alba"), plain);
    assertFalse(plain.contains(es("complaint.flags")), plain);
  }

  @Test
  void showsAFlagWithoutALabelByItsCode() {
    assertTrue(text(new CaseFixture(), Set.of("MIGRANT")).contains("MIGRANT"));
  }

  @Test
  void listsEveryMissingPersonWithSpanishLabels() {
    CaseFixture fixture = new CaseFixture();
    fixture.persons.add(CaseFixture.mexicanManWithoutDates());

    String text = text(fixture, Set.of());

    assertTrue(text.contains("Persona desaparecida 1 de 2"), text);
    assertTrue(text.contains("María Fernanda Núñez Peña"), text);
    assertTrue(text.contains("Sexo Mujer"), text);
    assertTrue(text.contains("Nacionalidad Guatemala (GT)"), text);
    assertTrue(text.contains("2026-10-01, Tapachula, central de autobuses, Chiapas"), text);
    assertTrue(text.contains("Persona desaparecida 2 de 2"), text);
    assertTrue(text.contains("José Luis Hernández"), text);
    assertTrue(text.contains("Sexo Hombre"), text);
    assertTrue(text.contains("CURP HELJ980412HVZRPS09"), text);
    assertTrue(text.contains("Edad aproximada 27"), text);
  }

  @Test
  void listsPerpetratorsWitnessesAndAttachmentsWithTheirSha256() {
    String text = text(new CaseFixture(), Set.of());

    assertTrue(text.contains(es("complaint.section.perpetrators") + " 1. Agente Ramírez"), text);
    assertTrue(text.contains("Wore a municipal police uniform"), text);
    assertTrue(text.contains("1. Lucía Ixchel"), text);
    assertTrue(text.contains("2. " + es("complaint.notStated")), text);
    assertTrue(text.contains("A taxi driver saw the car leave"), text);
    assertTrue(text.contains("foto_maría.jpg image/jpeg 184321"), text);
    assertTrue(text.contains("SHA-256 " + CaseFixture.SHA256), text);
  }

  @Test
  void saysSoWhenThereIsNothingToList() {
    CaseFixture fixture = new CaseFixture();
    fixture.perpetrators.clear();
    fixture.witnesses.clear();
    fixture.attachments.clear();
    fixture.circumstances = null;

    String text = text(fixture, Set.of());

    assertEquals(4, text.split(es("complaint.none"), -1).length - 1, text);
  }

  @Test
  void keepsAccentedTextIntact() {
    CaseFixture fixture = new CaseFixture();
    fixture.language = "es";
    fixture.circumstances =
        "Salió de Ciudad Hidalgo rumbo a Tuxtla Gutiérrez; llevaba suéter café. ¿Dónde está? Ñandú, pingüino.";

    String text = text(fixture, Set.of());

    assertTrue(text.contains(fixture.circumstances), text);
    assertTrue(text.contains("Núñez Peña"), text);
    assertTrue(text.contains("Agente Ramírez"), text);
  }

  @Test
  void letsLongTextFlowOntoFurtherPages() throws IOException {
    CaseFixture fixture = new CaseFixture();
    fixture.language = "es";
    fixture.circumstances = "Sin noticias desde la frontera sur. ".repeat(400) + "Última línea del relato.";

    byte[] pdf = translator.toPdf(fixture.build(), "FGR-UIDPM", Set.of());

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertTrue(document.getNumberOfPages() > 2, "pages: " + document.getNumberOfPages());
    }
    String text = pdfTextInReadingOrder(pdf);
    assertTrue(text.contains("Última línea del relato."), text);
    assertEquals(400, text.split("Sin noticias desde la frontera sur\\.", -1).length - 1);
  }
}
