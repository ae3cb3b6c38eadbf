package mx.gob.sre.mae.routes.translate;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mx.gob.sre.mae.i18n.CodeList;
import mx.gob.sre.mae.routes.canonical.VisaNotice;
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
 * A one-page Spanish PDF of a humanitarian visa notice, for recipients who read mail rather than
 * JSON (the email channel, the inbox's PDF button): the same facts as the notice JSON, labels from
 * the Spanish bundle, the zero fee with its legal basis always shown.
 */
public final class VisaNoticePdf {

  private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx").withZone(MEXICO_CITY);
  private static final Color LABEL_BACKGROUND = new Color(0xEE, 0xEE, 0xEE);
  private static final Font TITLE = font(FontFactory.HELVETICA_BOLD, 15);
  private static final Font SUBTITLE = font(FontFactory.HELVETICA_OBLIQUE, 10);
  private static final Font LABEL = font(FontFactory.HELVETICA_BOLD, 9);
  private static final Font VALUE = font(FontFactory.HELVETICA, 10);

  private VisaNoticePdf() {}

  public static byte[] render(VisaNotice n) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 50, 50, 50, 50);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(Spanish.text("visa.notice.title") + " " + n.reference());
      document.addCreator(ComplaintPdf.CREATOR);
      document.open();
      Paragraph title = new Paragraph(Spanish.text("visa.notice.title"), TITLE);
      title.setAlignment(Element.ALIGN_CENTER);
      document.add(title);
      Paragraph subtitle = new Paragraph(Spanish.text("visa.notice.subtitle"), SUBTITLE);
      subtitle.setAlignment(Element.ALIGN_CENTER);
      subtitle.setSpacingAfter(12);
      document.add(subtitle);
      PdfPTable table = new PdfPTable(new float[] {35, 65});
      table.setWidthPercentage(100);
      row(table, "visa.reference", n.reference());
      row(table, "visa.consulate", joined(" ", n.consulateName(), "(" + n.consulate() + ")"));
      row(table, "visa.decision", Spanish.text("visa.decision." + n.decision()));
      row(table, "visa.reasons", n.reasons());
      row(table, "visa.decidedAt", n.decidedAt() == null ? null : AT.format(n.decidedAt()));
      VisaNotice.Applicant a = n.applicant();
      row(table, "visa.applicant", a.name());
      row(table, "visa.nationality", country(a.nationality()));
      row(table, "visa.travelDocument",
          joined(" ", Spanish.text("visa.travelDocumentType." + a.travelDocumentType()), a.travelDocumentNumber()));
      row(table, "visa.dateOfBirth", text(a.dateOfBirth()));
      row(table, "visa.relationship", Spanish.label(CodeList.RELATIONSHIP, n.relationship()));
      row(table, "visa.travelDates", period(n.travelFrom(), n.travelTo()));
      row(table, "visa.relatedCase", n.relatedFolio());
      VisaNotice.Invitation i = n.invitation();
      if (i != null) {
        row(table, "visa.invitation", joined(" · ", i.agency(), i.reference(), i.purpose(), period(i.from(), i.to())));
      }
      row(table, "visa.fee", Spanish.text("visa.feeValue", n.fee().amount().toPlainString(), n.fee().currency()));
      row(table, "visa.feeBasis", n.fee().waiverBasis());
      document.add(table);
      document.close();
    } catch (RuntimeException e) {
      throw new IllegalStateException("Could not render the visa notice PDF of " + n.reference() + ": " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /** "2026-12-01 – 2026-12-15", either end left open when unknown. */
  public static String period(LocalDate from, LocalDate to) {
    return from == null && to == null ? null : text(from) + " – " + text(to);
  }

  private static String text(LocalDate date) {
    return date == null ? "…" : date.toString();
  }

  private static String country(String code) {
    String name = Spanish.country(code);
    return name != null ? name + " (" + code + ")" : code;
  }

  private static void row(PdfPTable table, String key, String value) {
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

  private static String joined(String separator, String... parts) {
    String joined = Stream.of(parts).filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(separator));
    return joined.isEmpty() ? null : joined;
  }

  private static Font font(String name, float size) {
    return FontFactory.getFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, Font.NORMAL, Color.BLACK);
  }
}
