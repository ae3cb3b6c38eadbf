package mx.gob.sre.mae.gateway.interfaces.web.publicform;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import mx.gob.sre.mae.gateway.application.intake.IntakeContext;
import mx.gob.sre.mae.gateway.application.intake.IntakeReceipt;
import mx.gob.sre.mae.gateway.application.intake.IntakeService;
import mx.gob.sre.mae.gateway.application.intake.InvalidReportException;
import mx.gob.sre.mae.gateway.domain.model.cases.Channel;
import mx.gob.sre.mae.gateway.interfaces.web.common.LanguageSelector;
import mx.gob.sre.mae.gateway.interfaces.web.common.ReportForm;

/** The public report form for families (works without JavaScript): on success, folio and code. */
@Named
@ViewScoped
public class PublicFormController implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient IntakeService intake;
  @Inject transient LanguageSelector language;

  private final ReportForm form = new ReportForm();

  public ReportForm getForm() {
    return form;
  }

  public int getMaxUploadMb() {
    return intake.attachmentPolicy().maxMegabytes();
  }

  public String submit() {
    try {
      var command = form.command();
      command.setLanguage(language.getTag());
      IntakeReceipt receipt = intake.file(
          command,
          new IntakeContext(Channel.WEB, null, IntakeContext.PUBLIC_USER, language.getLanguage()),
          form.files(intake.attachmentPolicy().maxBytes()));
      FacesContext.getCurrentInstance().getExternalContext().getFlash().put("receipt", receipt);
      return "/report-sent?faces-redirect=true";
    } catch (InvalidReportException e) {
      ReportForm.show(e, null, language.getLocale());
      return null;
    }
  }
}
