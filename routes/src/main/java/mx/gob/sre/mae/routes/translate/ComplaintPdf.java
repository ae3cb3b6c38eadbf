package mx.gob.sre.mae.routes.translate;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mx.gob.sre.mae.i18n.CodeList;
import mx.gob.sre.mae.routes.canonical.CanonicalCase;
import mx.gob.sre.mae.routes.canonical.CanonicalCase.AttachmentRef;
import mx.gob.sre.mae.routes.canonical.CanonicalCase.MissingPerson;
import mx.gob.sre.mae.routes.canonical.CanonicalCase.Party;
import mx.gob.sre.mae.routes.canonical.CanonicalCase.Reporter;
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
 * Renders the complaint record as an A4 PDF in Spanish with OpenPDF: every label comes from the
 * Spanish bundle; the standard Helvetica and Courier fonts in WinAnsi (Cp1252) encoding cover the
 * accents of Spanish, English, French and Portuguese.
 */
final class ComplaintPdf {

  static final String CREATOR = "MAE routes";

  /** Times are printed in central Mexico time, the recipients' own, with offset and zone. */
  private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
  private static final DateTimeFormatter RECEIVED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx '('VV')'").withZone(MEXICO_CITY);
  private static final DateTimeFormatter TRANSLATED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx").withZone(MEXICO_CITY);

  private static final Color LABEL_BACKGROUND = new Color(0xEE, 0xEE, 0xEE);
  private static final Color PRIORITY_BACKGROUND = new Color(0xFD, 0xEC, 0xEA);
  private static final Color PRIORITY = new Color(0x9B, 0x1C, 0x1C);

  private static final Font TITLE = font(FontFactory.HELVETICA_BOLD, 15, Color.BLACK);
  private static final Font SUBTITLE = font(FontFactory.HELVETICA_OBLIQUE, 10, Color.DARK_GRAY);
  private static final Font SECTION = font(FontFactory.HELVETICA_BOLD, 12, Color.BLACK);
  private static final Font SUBSECTION = font(FontFactory.HELVETICA_BOLD, 10, Color.BLACK);
  private static final Font LABEL = font(FontFactory.HELVETICA_BOLD, 9, Color.BLACK);
  private static final Font VALUE = font(FontFactory.HELVETICA, 10, Color.BLACK);
  private static final Font FOLIO = font(FontFactory.HELVETICA_BOLD, 12, Color.BLACK);
  private static final Font FLAG = font(FontFactory.HELVETICA_BOLD, 14, PRIORITY);
  private static final Font NOTICE = font(FontFactory.HELVETICA_BOLD, 10, PRIORITY);
  private static final Font PENDING = font(FontFactory.HELVETICA_BOLDOBLIQUE, 10, PRIORITY);
  private static final Font NONE = font(FontFactory.HELVETICA_OBLIQUE, 10, Color.DARK_GRAY);
  private static final Font SMALL = font(FontFactory.HELVETICA, 8, Color.DARK_GRAY);
  private static final Font HASH = font(FontFactory.COURIER, 8, Color.BLACK);

  private ComplaintPdf() {}

  static byte[] render(AddressedCase a) {
    CanonicalCase c = a.c();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 50, 50, 50, 50);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(Spanish.text("complaint.title") + " " + c.folio());
      document.addCreator(CREATOR);
      document.open();
      title(document);
      priority(document, a.flags());
      section(document, "complaint.section.case");
      document.add(caseTable(a));
      missingPersons(document, c);
      authorityNotices(document, c);
      section(document, "complaint.section.circumstances");
      freeText(document, FreeText.of(c, FreeText.CIRCUMSTANCES, c.circumstances()));
      section(document, "complaint.section.reporter");
      reporter(document, c);
      parties(document, "complaint.section.perpetrators", c, c.allegedPerpetrators(), FreeText::perpetratorDetails);
      parties(document, "complaint.section.witnesses", c, c.witnesses(), FreeText::witnessDetails);
      attachments(document, c.attachments());
      document.close();
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "Could not render the complaint PDF of folio " + c.folio() + ": " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private static void title(Document document) {
    Paragraph title = new Paragraph(Spanish.text("complaint.title"), TITLE);
    title.setAlignment(Element.ALIGN_CENTER);
    document.add(title);
    Paragraph subtitle = new Paragraph(Spanish.text("complaint.subtitle"), SUBTITLE);
    subtitle.setAlignment(Element.ALIGN_CENTER);
    subtitle.setSpacingAfter(12);
    document.add(subtitle);
  }

  /** A framed box on top: the search protocols the flags call for, then the immediate-search notice. */
  private static void priority(Document document, List<String> flags) {
    PdfPCell box = new PdfPCell();
    box.setBackgroundColor(PRIORITY_BACKGROUND);
    box.setBorderColor(PRIORITY);
    box.setBorderWidth(1.5f);
    box.setPadding(8);
    if (!flags.isEmpty()) {
      box.addElement(new Paragraph(Spanish.text("complaint.flags"), LABEL));
      for (String flag : flags) {
        String key = "complaint.flag." + flag;
        box.addElement(new Paragraph(Spanish.hasText(key) ? Spanish.text(key) : flag, FLAG));
      }
    }
    Paragraph notice = new Paragraph(Spanish.text("complaint.immediateSearch"), NOTICE);
    notice.setSpacingBefore(flags.isEmpty() ? 0 : 6);
    box.addElement(notice);
    PdfPTable table = new PdfPTable(1);
    table.setWidthPercentage(100);
    table.setSpacingAfter(6);
    table.addCell(box);
    document.add(table);
  }

  private static PdfPTable caseTable(AddressedCase a) {
    CanonicalCase c = a.c();
    PdfPTable table = keyValueTable();
    row(table, "complaint.folio", c.folio(), FOLIO);
    row(table, "complaint.version", String.valueOf(c.version()));
    row(table, "complaint.receivedAt", c.recordedAt() == null ? null : RECEIVED_AT.format(c.recordedAt()));
    row(table, "complaint.consulate", c.consulate());
    row(table, "complaint.channel", coded(CodeList.CHANNEL, c.channel()));
    row(table, "complaint.recipient", a.recipient());
    row(table, "complaint.language", language(c.language()));
    row(table, "complaint.officialInvolvement", yesNo(c.publicOfficialInvolvementSuspected()));
    return table;
  }

  private static void missingPersons(Document document, CanonicalCase c) {
    section(document, "complaint.section.missingPersons");
    List<MissingPerson> persons = c.missingPersons();
    if (persons.isEmpty()) {
      none(document);
    }
    for (int i = 0; i < persons.size(); i++) {
      MissingPerson p = persons.get(i);
      subsection(document, Spanish.text("complaint.person.heading", String.valueOf(i + 1), String.valueOf(persons.size())));
      PdfPTable table = keyValueTable();
      String name = joined(" ", p.givenNames(), p.firstSurname(), p.secondSurname());
      row(table, "complaint.person.name", name == null ? Spanish.text("complaint.notStated") : name, SUBSECTION);
      row(table, "complaint.person.sex", coded(CodeList.SEX, p.sex()));
      row(table, "complaint.person.dateOfBirth", p.dateOfBirth() == null ? null : p.dateOfBirth().toString());
      row(table, "complaint.person.approximateAge", p.approximateAge() == null ? null : p.approximateAge().toString());
      row(table, "complaint.person.nationality", country(p.nationality()));
      row(table, "complaint.person.curp", p.curp());
      row(table, "complaint.person.inMigration", yesNo(p.inMigration()));
      String lastSeenDate = p.lastSeenDate() == null ? null : p.lastSeenDate().toString();
      row(table, "complaint.person.lastSeen",
          joined(", ", lastSeenDate, p.lastSeenPlace(), coded(CodeList.MX_STATE, p.lastSeenState())));
      document.add(table);
      Optional<FreeText> description = FreeText.of(c, FreeText.description(i), p.description());
      if (description.isPresent()) {
        document.add(new Paragraph(Spanish.text("complaint.person.description"), LABEL));
        freeText(document, description);
      }
    }
  }

  /**
   * A Spanish original on its own; any other original beside its Spanish translation with who made it
   * and when, or followed by "Traducción pendiente".
   */
  private static void freeText(Document document, Optional<FreeText> maybeText) {
    if (maybeText.isEmpty()) {
      none(document);
      return;
    }
    FreeText text = maybeText.get();
    if (text.spanish() == null && text.originalIsSpanish()) {
      Paragraph paragraph = new Paragraph(text.original(), VALUE);
      paragraph.setSpacingAfter(8);
      document.add(paragraph);
      return;
    }
    String originalLabel = Spanish.text("complaint.freeText.original", languageName(text.language()));
    PdfPTable table;
    if (text.spanish() != null) {
      table = new PdfPTable(2);
      table.addCell(labelCell(originalLabel));
      table.addCell(labelCell(translationLabel(text.spanish())));
      table.addCell(cell(new Phrase(text.original(), VALUE)));
      table.addCell(cell(new Phrase(orNotStated(text.spanish().text()), VALUE)));
    } else {
      table = new PdfPTable(1);
      table.addCell(labelCell(originalLabel));
      table.addCell(cell(new Phrase(text.original(), VALUE)));
      table.addCell(cell(new Phrase(Spanish.text("complaint.freeText.pending"), PENDING)));
    }
    table.setWidthPercentage(100);
    table.setSpacingBefore(2);
    table.setSpacingAfter(8);
    table.setSplitLate(false);
    document.add(table);
  }

  private static String translationLabel(CanonicalCase.Translation spanish) {
    return Spanish.text(
        "complaint.freeText.spanish",
        languageName(spanish.fromLanguage()),
        orNotStated(spanish.translatedBy()),
        orNotStated(formatted(TRANSLATED_AT, spanish.translatedAt())));
  }

  /** What foreign authorities notified and an officer confirmed; no section when there is nothing. */
  private static void authorityNotices(Document document, CanonicalCase c) {
    List<CanonicalCase.AuthorityNotice> notices = c.authorityNotices();
    if (notices.isEmpty()) {
      return;
    }
    section(document, "complaint.section.authorityNotices");
    for (int i = 0; i < notices.size(); i++) {
      CanonicalCase.AuthorityNotice n = notices.get(i);
      subsection(document, (i + 1) + ". " + Spanish.text("register.authorityNotice." + n.type()) + " · " + n.reference());
      PdfPTable table = keyValueTable();
      row(table, "complaint.notice.date", n.eventDate() == null ? null : n.eventDate().toString());
      row(table, "complaint.notice.place", join(n.place(), country(n.country())));
      row(table, "complaint.notice.authority", join(n.authorityName(), country(n.authorityCountry())));
      row(table, "complaint.notice.facility", join(n.facilityName(), n.facilityContact()));
      row(table, "complaint.notice.narrative", n.narrative());
      row(table, "complaint.notice.confirmedBy", join(n.confirmedBy(), n.confirmedAt() == null ? null : n.confirmedAt().toString()));
      document.add(table);
    }
  }

  private static String join(String a, String b) {
    return java.util.stream.Stream.of(a, b).filter(x -> x != null && !x.isBlank()).collect(java.util.stream.Collectors.joining(" · "));
  }

  /** Only what the reporter's mode allows: see {@link ReporterDisclosure}. */
  private static void reporter(Document document, CanonicalCase c) {
    Reporter r = c.reporter();
    switch (ReporterDisclosure.of(r)) {
      case ANONYMOUS -> document.add(spaced(Spanish.text("complaint.reporter.anonymous"), VALUE));
      case WITHHELD ->
          document.add(spaced(Spanish.text("complaint.reporter.withheld", orNotStated(c.consulate())), VALUE));
      case IDENTIFIED -> {
        PdfPTable table = keyValueTable();
        row(table, "complaint.reporter.name", r.name());
        row(table, "complaint.reporter.relationship", coded(CodeList.RELATIONSHIP, r.relationship()));
        row(table, "complaint.reporter.email", r.email());
        row(table, "complaint.reporter.phone", r.phone());
        row(table, "complaint.reporter.address", r.address());
        row(table, "complaint.reporter.country", country(r.country()));
        if (table.size() == 0) {
          none(document);
        } else {
          document.add(table);
        }
      }
    }
  }

  private static void parties(
      Document document, String sectionKey, CanonicalCase c, List<Party> parties, IntFunction<String> field) {
    section(document, sectionKey);
    if (parties.isEmpty()) {
      none(document);
    }
    for (int i = 0; i < parties.size(); i++) {
      Party party = parties.get(i);
      subsection(document, (i + 1) + ". " + orNotStated(party.name()));
      Optional<FreeText> details = FreeText.of(c, field.apply(i), party.details());
      if (details.isPresent()) {
        freeText(document, details);
      }
    }
  }

  private static void attachments(Document document, List<AttachmentRef> attachments) {
    section(document, "complaint.section.attachments");
    if (attachments.isEmpty()) {
      none(document);
      return;
    }
    PdfPTable table = new PdfPTable(new float[] {55, 25, 20});
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    table.setSpacingBefore(4);
    List<String> headings =
        List.of("complaint.attachment.fileName", "complaint.attachment.mediaType", "complaint.attachment.size");
    for (String key : headings) {
      table.addCell(labelCell(Spanish.text(key)));
    }
    for (AttachmentRef attachment : attachments) {
      table.addCell(cell(new Phrase(orNotStated(attachment.fileName()), VALUE)));
      table.addCell(cell(new Phrase(orNotStated(attachment.mediaType()), VALUE)));
      table.addCell(cell(new Phrase(String.valueOf(attachment.size()), VALUE)));
      // the digest gets a full-width line of its own so it is never broken
      Phrase digest = new Phrase(Spanish.text("complaint.attachment.sha256") + " ", LABEL);
      digest.add(new Phrase(orNotStated(attachment.sha256()), HASH));
      PdfPCell digestCell = cell(digest);
      digestCell.setColspan(3);
      table.addCell(digestCell);
    }
    document.add(table);
    document.add(spaced(Spanish.text("complaint.footer"), SMALL));
  }

  private static PdfPTable keyValueTable() {
    PdfPTable table = new PdfPTable(new float[] {35, 65});
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    table.setSpacingAfter(8);
    table.setSplitLate(false);
    return table;
  }

  private static void row(PdfPTable table, String key, String value) {
    row(table, key, value, VALUE);
  }

  /** A label and its value; no row at all when there is no value. */
  private static void row(PdfPTable table, String key, String value, Font font) {
    if (value == null || value.isBlank()) {
      return;
    }
    table.addCell(labelCell(Spanish.text(key)));
    table.addCell(cell(new Phrase(value, font)));
  }

  private static PdfPCell labelCell(String text) {
    PdfPCell label = cell(new Phrase(text, LABEL));
    label.setBackgroundColor(LABEL_BACKGROUND);
    return label;
  }

  private static PdfPCell cell(Phrase content) {
    PdfPCell cell = new PdfPCell(content);
    cell.setPadding(5);
    cell.setBorderColor(Color.GRAY);
    return cell;
  }

  private static void section(Document document, String key) {
    Paragraph heading = new Paragraph(Spanish.text(key), SECTION);
    heading.setSpacingBefore(10);
    heading.setSpacingAfter(2);
    document.add(heading);
  }

  private static void subsection(Document document, String text) {
    Paragraph heading = new Paragraph(text, SUBSECTION);
    heading.setSpacingBefore(4);
    document.add(heading);
  }

  private static void none(Document document) {
    document.add(spaced(Spanish.text("complaint.none"), NONE));
  }

  private static Paragraph spaced(String text, Font font) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setSpacingAfter(6);
    return paragraph;
  }

  /** The Spanish label of a code, or the code itself when the list does not know it. */
  private static String coded(CodeList list, String code) {
    String label = Spanish.label(list, code);
    return label != null ? label : code;
  }

  private static String country(String code) {
    String name = Spanish.country(code);
    return name != null ? name + " (" + code + ")" : code;
  }

  /** "inglés (en)", or null when the language is not stated. */
  private static String language(String tag) {
    String name = Spanish.language(tag);
    return name == null ? tag : name + " (" + tag + ")";
  }

  /** "inglés" for free-text headings; the tag itself when the JDK has no name for it. */
  private static String languageName(String tag) {
    String name = Spanish.language(tag);
    return name != null ? name : orNotStated(tag);
  }

  private static String yesNo(boolean value) {
    return Spanish.text(value ? "complaint.yes" : "complaint.no");
  }

  private static String formatted(DateTimeFormatter format, Instant instant) {
    return instant == null ? null : format.format(instant);
  }

  private static String orNotStated(String value) {
    return value == null || value.isBlank() ? Spanish.text("complaint.notStated") : value;
  }

  private static String joined(String separator, String... parts) {
    String joined =
        Stream.of(parts).filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining(separator));
    return joined.isEmpty() ? null : joined;
  }

  private static Font font(String name, float size, Color color) {
    return FontFactory.getFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, Font.NORMAL, color);
  }
}
