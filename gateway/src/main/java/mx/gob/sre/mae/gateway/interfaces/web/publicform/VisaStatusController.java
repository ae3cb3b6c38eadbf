package mx.gob.sre.mae.gateway.interfaces.web.publicform;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import mx.gob.sre.mae.gateway.application.intake.InvalidReportException;
import mx.gob.sre.mae.gateway.application.visa.VisaService;
import mx.gob.sre.mae.gateway.application.visa.VisaViews;
import mx.gob.sre.mae.gateway.domain.model.visa.UnknownVisaRequestException;
import mx.gob.sre.mae.gateway.domain.model.visa.VisaStateException;
import mx.gob.sre.mae.gateway.interfaces.web.common.LanguageSelector;
import mx.gob.sre.mae.i18n.Messages;

/**
 * The applicant's status page: reference and access code (posted, never in the URL) show the
 * status, the documents still missing and the offered appointments; one can be confirmed, and the
 * decision letter downloaded once the request is decided.
 */
@Named
@ViewScoped
public class VisaStatusController implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient VisaService visas;
  @Inject transient LanguageSelector language;

  private String reference;
  private String accessCode;
  private VisaViews.PublicStatus status;
  private boolean notFound;
  private boolean confirmed;

  public String lookup() {
    try {
      status = visas.status(reference, accessCode, language.getLanguage());
      notFound = false;
    } catch (UnknownVisaRequestException e) {
      status = null;
      notFound = true;
    }
    return null;
  }

  public String confirm(long slotId) {
    try {
      status = visas.confirm(reference, accessCode, slotId, language.getLanguage());
      confirmed = true;
    } catch (InvalidReportException e) {
      VisaFormController.show(e, language.getLocale());
    } catch (VisaStateException e) {
      VisaFormController.show(new InvalidReportException(
          java.util.List.of(mx.gob.sre.mae.gateway.application.intake.Violation.of("slotId", "error.visa.state")),
          language.getLanguage()), language.getLocale());
    } catch (UnknownVisaRequestException e) {
      notFound = true;
    }
    return null;
  }

  /** Streams the decision letter (PDF) as the response. */
  public void letter() throws IOException {
    byte[] pdf = visas.letter(reference, accessCode);
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("application/pdf");
    external.setResponseContentLength(pdf.length);
    external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + status.reference() + ".pdf\"");
    external.setResponseHeader("Cache-Control", "no-store");
    external.getResponseOutputStream().write(pdf);
    faces.responseComplete();
  }

  public String documentsLabel() {
    return status == null || status.missingDocuments().isEmpty() ? Messages.text(language.getLocale(), "visa.status.none") : null;
  }

  public String getReference() { return reference; }
  public void setReference(String v) { reference = v; }
  public String getAccessCode() { return accessCode; }
  public void setAccessCode(String v) { accessCode = v; }
  public VisaViews.PublicStatus getStatus() { return status; }
  public boolean isNotFound() { return notFound; }
  public boolean isConfirmed() { return confirmed; }
}
