package mx.gob.sre.mae.gateway.interfaces.web.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import mx.gob.sre.mae.gateway.application.intake.CorrectionService;
import mx.gob.sre.mae.gateway.application.intake.InvalidReportException;
import mx.gob.sre.mae.gateway.application.intake.ReportCommands;
import mx.gob.sre.mae.gateway.application.query.CaseDetail;
import mx.gob.sre.mae.gateway.application.query.CaseQueryService;
import mx.gob.sre.mae.gateway.domain.model.cases.UnknownCaseException;
import mx.gob.sre.mae.gateway.infrastructure.security.CurrentOfficer;
import mx.gob.sre.mae.gateway.interfaces.web.common.LanguageSelector;
import mx.gob.sre.mae.gateway.interfaces.web.common.ReportForm;

/** An officer completes (triage) or corrects a case in the report form: saved as a new, routed version. */
@Named
@ViewScoped
public class CorrectionController implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CorrectionService corrections;
  @Inject transient CaseQueryService query;
  @Inject transient CurrentOfficer officer;
  @Inject transient LanguageSelector language;

  private String folio;
  private ReportForm form;
  private String reason;
  private boolean notFound;

  /** View action: the form shows the current version. */
  public void load() {
    if (form != null) {
      return;
    }
    try {
      CaseDetail d = query.caseFor(officer.require(), folio);
      form = new ReportForm(ReportCommands.of(d.content(), d.originalLanguage()));
    } catch (UnknownCaseException e) {
      notFound = true;
    }
  }

  public String save() {
    try {
      corrections.correct(officer.require(), folio, form.command(), language.getLanguage(), reason);
      return "/console/case?faces-redirect=true&folio=" + folio;
    } catch (InvalidReportException e) {
      ReportForm.show(new InvalidReportException(e.violations(), language.getLanguage()), null, language.getLocale());
      return null;
    }
  }

  public int getMaxUploadMb() {
    return 0;
  }

  public String getFolio() {
    return folio;
  }

  public void setFolio(String folio) {
    this.folio = folio;
  }

  public ReportForm getForm() {
    return form;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isNotFound() {
    return notFound;
  }
}
