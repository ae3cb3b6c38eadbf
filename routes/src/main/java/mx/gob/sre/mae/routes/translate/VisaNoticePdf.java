package mx.gob.sre.mae.routes.translate;

import static mx.gob.sre.mae.routes.translate.FactSheetPdf.joined;
import static mx.gob.sre.mae.routes.translate.FactSheetPdf.row;

import java.time.LocalDate;
import mx.gob.sre.mae.i18n.CodeList;
import mx.gob.sre.mae.routes.canonical.VisaNotice;

/**
 * A one-page Spanish PDF of a humanitarian visa notice, for recipients who read mail rather than
 * JSON (the email channel, the inbox's PDF button): the same facts as the notice JSON, labels from
 * the Spanish bundle, the zero fee with its legal basis always shown.
 */
public final class VisaNoticePdf {

  private VisaNoticePdf() {}

  public static byte[] render(VisaNotice n) {
    return FactSheetPdf.render("visa.notice.title", "visa.notice.subtitle", n.reference(), table -> {
      row(table, "visa.reference", n.reference());
      row(table, "visa.consulate", joined(" ", n.consulateName(), "(" + n.consulate() + ")"));
      row(table, "visa.decision", Spanish.text("visa.decision." + n.decision()));
      row(table, "visa.reasons", n.reasons());
      row(table, "visa.decidedAt", FactSheetPdf.at(n.decidedAt()));
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
    });
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
}
