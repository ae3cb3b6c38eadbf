package mx.gob.sre.mae.gateway.interfaces.web.console;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import mx.gob.sre.mae.gateway.application.intake.IntakeContext;
import mx.gob.sre.mae.gateway.application.intake.IntakeReceipt;
import mx.gob.sre.mae.gateway.application.intake.IntakeService;
import mx.gob.sre.mae.gateway.application.intake.InvalidReportException;
import mx.gob.sre.mae.gateway.domain.model.cases.Channel;
import mx.gob.sre.mae.gateway.domain.model.people.Officer;
import mx.gob.sre.mae.gateway.infrastructure.security.CurrentOfficer;
import mx.gob.sre.mae.gateway.interfaces.web.common.LanguageSelector;
import mx.gob.sre.mae.gateway.interfaces.web.common.ReportForm;
import mx.gob.sre.mae.i18n.Language;

/** An officer enters a report made in person at the counter, in the reporter's language. */
@Named
@ViewScoped
public class WalkInController implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient IntakeService intake;
  @Inject transient CurrentOfficer officer;
  @Inject transient LanguageSelector language;
  @Inject ConsoleSession session;

  private final ReportForm form = new ReportForm();
  private String reporterLanguage = "es";

  public ReportForm getForm() {
    return form;
  }

  public String getReporterLanguage() {
    return reporterLanguage;
  }

  public void setReporterLanguage(String reporterLanguage) {
    this.reporterLanguage = reporterLanguage;
  }

  public int getMaxUploadMb() {
    return intake.attachmentPolicy().maxMegabytes();
  }

  public String submit() {
    Officer me = officer.require();
    try {
      var command = form.command();
      command.setLanguage(reporterLanguage);
      Language reporter = Language.fromTag(reporterLanguage).orElse(language.getLanguage());
      IntakeReceipt receipt = intake.file(
          command,
          new IntakeContext(Channel.WALK_IN, me.consulateCode(), me.username(), reporter),
          form.files(intake.attachmentPolicy().maxBytes()));
      session.remember(receipt.folio().value(), receipt.accessCode());
      return "/console/case?faces-redirect=true&saved=true&folio=" + receipt.folio().value();
    } catch (InvalidReportException e) {
      ReportForm.show(new InvalidReportException(e.violations(), language.getLanguage()), null, language.getLocale());
      return null;
    }
  }
}
