package mx.gob.sre.mae.routes.translate;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
 * A Spanish one-page record of labelled facts (a title, a subtitle and a two-column table), the shape
 * of the notices authorities read by mail or from the inbox's PDF button. Labels come from the Spanish
 * bundle; empty values leave their row out.
 */
final class FactSheetPdf {

  static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx").withZone(MEXICO_CITY);
  private static final Color LABEL_BACKGROUND = new Color(0xEE, 0xEE, 0xEE);
  private static final Font TITLE = font(FontFactory.HELVETICA_BOLD, 15);
  private static final Font SUBTITLE = font(FontFactory.HELVETICA_OBLIQUE, 10);
  private static final Font LABEL = font(FontFactory.HELVETICA_BOLD, 9);
  private static final Font VALUE = font(FontFactory.HELVETICA, 10);

  private FactSheetPdf() {}

  /** Renders the sheet titled by the bundle keys, for the document {@code reference}; {@code rows} fills the table. */
  static byte[] render(String titleKey, String subtitleKey, String reference, Consumer<PdfPTable> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 50, 50, 50, 50);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(Spanish.text(titleKey) + " " + reference);
      document.addCreator(ComplaintPdf.CREATOR);
      document.open();
      Paragraph title = new Paragraph(Spanish.text(titleKey), TITLE);
      title.setAlignment(Element.ALIGN_CENTER);
      document.add(title);
      Paragraph subtitle = new Paragraph(Spanish.text(subtitleKey), SUBTITLE);
      subtitle.setAlignment(Element.ALIGN_CENTER);
      subtitle.setSpacingAfter(12);
      document.add(subtitle);
      PdfPTable table = new PdfPTable(new float[] {35, 65});
      table.setWidthPercentage(100);
      rows.accept(table);
      document.add(table);
      document.close();
    } catch (RuntimeException e) {
      throw new IllegalStateException("Could not render the PDF of " + reference + ": " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /** A row labelled by a Spanish bundle key; left out when the value is empty. */
  static void row(PdfPTable table, String key, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    PdfPCell label = new PdfPCell(new Phrase(Spanish.text(key), LABEL));
    label.setBackgroundColor(LABEL_BACKGROUND);
    label.setPadding(5);
    table.addCell(label);
    PdfPCell cell = new PdfPCell(new Phrase(value, VALUE));
    cell.setPadding(5);
    table.addCell(cell);
  }

  /** An instant in Mexico City time, or null. */
  static String at(Instant instant) {
    return instant == null ? null : AT.format(instant);
  }

  /** The non-empty parts joined, or null when there are none. */
  static String joined(String separator, String... parts) {
    String joined = Stream.of(parts).filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(separator));
    return joined.isEmpty() ? null : joined;
  }

  private static Font font(String name, float size) {
    return FontFactory.getFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, Font.NORMAL, Color.BLACK);
  }
}
