package mx.gob.sre.mae.gateway.infrastructure.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import mx.gob.sre.mae.gateway.application.intake.ReceiptData;
import mx.gob.sre.mae.gateway.application.intake.ReceiptRenderer;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Renders the printed acknowledgement of a report (A4) with OpenPDF: every label in Spanish, then
 * " / " and the reporter's language. All text comes from the i18n bundles; the standard Helvetica
 * and Courier fonts in WinAnsi (Cp1252) encoding cover the accents of Spanish, French and Portuguese.
 */
@ApplicationScoped
public class OpenPdfReceiptRenderer implements ReceiptRenderer {

  static final String CREATOR = "MAE gateway";
  private static final String SEPARATOR = " / ";
  /** Language-neutral: "2026-11-29 14:05 +01:00 (Europe/Madrid)". */
  private static final DateTimeFormatter RECEIVED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx '('VV')'");
  private static final Color LABEL_BACKGROUND = new Color(0xEE, 0xEE, 0xEE);

  private static final Font TITLE = font(FontFactory.HELVETICA_BOLD, 15);
  private static final Font SUBTITLE = font(FontFactory.HELVETICA_OBLIQUE, 12);
  private static final Font LABEL = font(FontFactory.HELVETICA_BOLD, 9);
  private static final Font VALUE = font(FontFactory.HELVETICA, 11);
  private static final Font FOLIO = font(FontFactory.HELVETICA_BOLD, 13);
  private static final Font ACCESS_CODE = font(FontFactory.COURIER_BOLD, 20);
  private static final Font NOTICE = font(FontFactory.HELVETICA, 10);

  @Override
  public byte[] render(ReceiptData receipt) {
    Objects.requireNonNull(receipt, "receipt");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 50, 50, 50, 50);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(Messages.text(Language.ES, "receipt.title") + " " + receipt.folio());
      document.addCreator(CREATOR);
      document.open();
      addTitle(document, receipt.reporterLanguage(), "receipt.title");
      document.add(table(receipt));
      addInBothLanguages(document, receipt.reporterLanguage(), "receipt.immediate");
      addInBothLanguages(document, receipt.reporterLanguage(), "receipt.statusHint", receipt.statusUrl());
      document.close();
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "Could not render the PDF receipt of folio " + receipt.folio() + ": " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /** The Spanish title, centred, and under it the title in the reader's language (shared with the visa letter). */
  static void addTitle(Document document, Language language, String key) {
    Paragraph title = new Paragraph(Messages.text(Language.ES, key), TITLE);
    title.setAlignment(Element.ALIGN_CENTER);
    document.add(title);
    if (language != Language.ES) {
      Paragraph translated = new Paragraph(Messages.text(language, key), SUBTITLE);
      translated.setAlignment(Element.ALIGN_CENTER);
      document.add(translated);
    }
  }

  private static PdfPTable table(ReceiptData receipt) {
    Language language = receipt.reporterLanguage();
    PdfPTable table = new PdfPTable(new float[] {35, 65});
    table.setWidthPercentage(100);
    table.setSpacingBefore(18);
    table.setSpacingAfter(18);
    row(table, language, "receipt.folio", receipt.folio(), FOLIO);
    if (receipt.accessCode() != null) {
      row(table, language, "receipt.accessCode", receipt.accessCode(), ACCESS_CODE);
    }
    row(table, language, "receipt.receivedAt", RECEIVED_AT.format(receipt.receivedAt()), VALUE);
    row(table, language, "receipt.consulate", receipt.consulateName(), VALUE);
    if (receipt.officerName() != null) {
      row(table, language, "receipt.officer", receipt.officerName(), VALUE);
    }
    row(table, language, "receipt.channel", channel(receipt), VALUE);
    row(table, language, "receipt.missingPerson", String.join("\n", receipt.missingPersons()), VALUE);
    String lastSeen = receipt.lastSeen() != null ? receipt.lastSeen() : bilingual(language, "receipt.noData");
    row(table, language, "receipt.lastSeen", lastSeen, VALUE);
    row(table, language, "receipt.reporter", receipt.reporter(), VALUE);
    return table;
  }

  private static void row(PdfPTable table, Language language, String key, String value, Font font) {
    PdfPCell label = cell(new Phrase(bilingual(language, key), LABEL));
    label.setBackgroundColor(LABEL_BACKGROUND);
    table.addCell(label);
    table.addCell(cell(new Phrase(value, font)));
  }

  private static PdfPCell cell(Phrase content) {
    PdfPCell cell = new PdfPCell(content);
    cell.setPadding(6);
    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    cell.setBorderColor(Color.GRAY);
    return cell;
  }

  private static String channel(ReceiptData receipt) {
    String es = receipt.channelLabelEs();
    String other = receipt.channelLabelReporter();
    boolean same = receipt.reporterLanguage() == Language.ES || other == null || other.equals(es);
    return same ? es : es + SEPARATOR + other;
  }

  private static void addInBothLanguages(Document document, Language language, String key, Object... args) {
    document.add(notice(Messages.text(Language.ES, key, args)));
    if (language != Language.ES) {
      document.add(notice(Messages.text(language, key, args)));
    }
  }

  private static Paragraph notice(String text) {
    Paragraph paragraph = new Paragraph(text, NOTICE);
    paragraph.setSpacingAfter(6);
    return paragraph;
  }

  /** "Folio" for a Spanish speaker, "Código de acceso / Access code" for an English speaker. */
  static String bilingual(Language language, String key) {
    String es = Messages.text(Language.ES, key);
    return language == Language.ES ? es : es + SEPARATOR + Messages.text(language, key);
  }

  private static Font font(String name, float size) {
    return FontFactory.getFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size);
  }
}
