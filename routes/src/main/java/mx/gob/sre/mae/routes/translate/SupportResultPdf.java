package mx.gob.sre.mae.routes.translate;

import static mx.gob.sre.mae.routes.translate.FactSheetPdf.at;
import static mx.gob.sre.mae.routes.translate.FactSheetPdf.joined;
import static mx.gob.sre.mae.routes.translate.FactSheetPdf.row;

import java.util.stream.Collectors;
import mx.gob.sre.mae.routes.canonical.SupportResult;

/**
 * A one-page Spanish PDF of a support request's result, for agencies that read mail (the email
 * channel, the inbox's PDF button): the same facts as the JSON, each result file with its SHA-256.
 */
public final class SupportResultPdf {

  private SupportResultPdf() {}

  public static byte[] render(SupportResult r) {
    return FactSheetPdf.render("support.result.title", "support.result.subtitle", r.reference(), table -> {
      row(table, "support.reference", r.reference());
      row(table, "support.folio", r.folio());
      row(table, "support.agency", r.requestingAgency());
      row(table, "support.consulate", joined(" ", r.consulateName(), "(" + r.consulate() + ")"));
      row(table, "support.type", Spanish.text("support.type." + r.type()));
      row(table, "support.description", r.request());
      row(table, "support.dueAt", at(r.dueAt()));
      row(table, "support.outcome", Spanish.text("support.status." + r.outcome()));
      row(table, "support.summary", r.summary());
      row(table, "support.closedAt", joined(" · ", at(r.closedAt()), r.closedBy()));
      row(table, "support.actions", r.actions().stream()
          .map(a -> joined(" · ", at(a.at()), a.by(), Spanish.text("support.event." + a.action()), a.detail()))
          .collect(Collectors.joining("\n")));
      row(table, "support.results", r.results().stream()
          .map(f -> joined(" · ", f.fileName(), f.mediaType(), f.size() + " B", "SHA-256 " + f.sha256(), f.uploadedBy(), at(f.uploadedAt())))
          .collect(Collectors.joining("\n")));
    });
  }
}
