package mx.gob.sre.mae.gateway.infrastructure.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import mx.gob.sre.mae.gateway.application.visa.VisaLetter;
import mx.gob.sre.mae.gateway.application.visa.VisaLetterRenderer;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;
import org.openpdf.text.Document;
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
 * Renders the decision letter on a humanitarian visa request (A4, OpenPDF): labels in Spanish and
 * the applicant's language, the decision and its reasons, and always the zero fee with the legal
 * basis for waiving it. Standard Helvetica in WinAnsi covers Spanish, English, French and Portuguese.
 */
@ApplicationScoped
public class OpenPdfVisaLetterRenderer implements VisaLetterRenderer {

  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx '('VV')'");
  private static final Color LABEL_BACKGROUND = new Color(0xEE, 0xEE, 0xEE);
  private static final Font LABEL = font(FontFactory.HELVETICA_BOLD, 9);
  private static final Font VALUE = font(FontFactory.HELVETICA, 11);
  private static final Font STRONG = font(FontFactory.HELVETICA_BOLD, 13);
  private static final Font NOTICE = font(FontFactory.HELVETICA, 10);

  @Override
  public byte[] render(VisaLetter letter) {
    Language language = letter.applicantLanguage();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 50, 50, 50, 50);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(Messages.text(Language.ES, "visa.letter.title") + " " + letter.reference());
      document.addCreator(OpenPdfReceiptRenderer.CREATOR);
      document.open();
      OpenPdfReceiptRenderer.addTitle(document, language, "visa.letter.title");
      PdfPTable table = new PdfPTable(new float[] {35, 65});
      table.setWidthPercentage(100);
      table.setSpacingBefore(18);
      table.setSpacingAfter(18);
      row(table, language, "visa.reference", letter.reference(), STRONG);
      row(table, language, "visa.consulate", letter.consulateName(), VALUE);
      row(table, language, "visa.applicant", letter.applicantName(), VALUE);
      row(table, language, "visa.nationality", letter.nationality(), VALUE);
      row(table, language, "visa.travelDocument", letter.travelDocument(), VALUE);
      row(table, language, "visa.relatedCase", letter.relatedFolio(), VALUE);
      row(table, language, "visa.invitation", letter.invitation(), VALUE);
      row(table, language, "visa.travelDates", letter.travelDates(), VALUE);
      row(table, language, "visa.decision", bilingual(language, "visa.decision." + letter.decision()), STRONG);
      row(table, language, "visa.reasons", letter.reasons(), VALUE);
      row(table, language, "visa.decidedAt", AT.format(letter.decidedAt()), VALUE);
      String amount = letter.fee().toPlainString();
      row(table, language, "visa.fee", both(language, "visa.feeValue", amount, letter.feeCurrency()), STRONG);
      row(table, language, "visa.feeBasis", letter.feeWaiverBasis(), VALUE);
      document.add(table);
      document.add(new Paragraph(both(language, "visa.letter.footer"), NOTICE));
      document.close();
    } catch (RuntimeException e) {
      throw new IllegalStateException("Could not render the visa letter of " + letter.reference() + ": " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private static void row(PdfPTable table, Language language, String key, String value, Font font) {
    if (value == null || value.isBlank()) {
      return;
    }
    PdfPCell label = new PdfPCell(new Phrase(bilingual(language, key), LABEL));
    label.setBackgroundColor(LABEL_BACKGROUND);
    label.setPadding(6);
    table.addCell(label);
    PdfPCell cell = new PdfPCell(new Phrase(value, font));
    cell.setPadding(6);
    table.addCell(cell);
  }

  /** "Resolución / Decision": a label in Spanish and the applicant's language on one line. */
  private static String bilingual(Language language, String key) {
    return OpenPdfReceiptRenderer.bilingual(language, key);
  }

  /** A sentence in Spanish, then in the applicant's language on its own line. */
  private static String both(Language language, String key, Object... args) {
    String es = Messages.text(Language.ES, key, args);
    return language == Language.ES ? es : es + "\n" + Messages.text(language, key, args);
  }

  private static Font font(String name, float size) {
    return FontFactory.getFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size);
  }
}
