package mx.gob.sre.mae.gateway.interfaces.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import mx.gob.sre.mae.gateway.application.authority.NotificationReview;
import mx.gob.sre.mae.gateway.application.authority.NotificationViews;
import mx.gob.sre.mae.gateway.application.intake.InvalidReportException;
import mx.gob.sre.mae.gateway.domain.model.authority.NotificationStateException;
import mx.gob.sre.mae.gateway.domain.model.authority.NotificationType;
import mx.gob.sre.mae.gateway.domain.model.authority.UnknownNotificationException;
import mx.gob.sre.mae.gateway.domain.model.cases.UnknownCaseException;
import mx.gob.sre.mae.gateway.infrastructure.security.CurrentOfficer;
import mx.gob.sre.mae.gateway.interfaces.web.common.LanguageSelector;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;

/**
 * The console's page of notifications from foreign authorities: each one waiting for this consulate,
 * with its candidate cases (score and explanation), and the officer's decisions.
 */
@Named
@RequestScoped
public class AuthorityNotificationController {

  @Inject NotificationReview review;
  @Inject CurrentOfficer officer;
  @Inject LanguageSelector languages;

  private String reference;
  private String folio;
  private String type;
  private String reason;

  public List<NotificationViews.Detail> getPending() {
    return review.list(officer.require(), "PENDING_REVIEW").stream()
        .map(s -> review.detail(officer.require(), s.reference())).toList();
  }

  /** The types an officer may give an emailed notification. */
  public List<String> getTypes() {
    return java.util.Arrays.stream(NotificationType.values()).filter(NotificationType::classified).map(Enum::name).toList();
  }

  public String confirm() {
    return act(() -> review.confirm(officer.require(), reference, folio, type, language()));
  }

  public String notThisOne() {
    return act(() -> review.rejectCandidate(officer.require(), reference, folio));
  }

  public String newCase() {
    return act(() -> review.openCase(officer.require(), reference, type, language()));
  }

  public String reject() {
    return act(() -> review.reject(officer.require(), reference, reason, language()));
  }

  private String act(Runnable decision) {
    try {
      decision.run();
      return "/console/authority.xhtml?faces-redirect=true";
    } catch (InvalidReportException e) {
      e.violations().forEach(v -> error(v.message(language().locale())));
    } catch (NotificationStateException e) {
      error(Messages.text(language(), "error.authority.state"));
    } catch (UnknownCaseException | UnknownNotificationException e) {
      error(Messages.text(language(), "error.authority.notCandidate"));
    }
    return null;
  }

  private void error(String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
  }

  private Language language() {
    return languages.getLanguage();
  }

  public String getReference() { return reference; }
  public void setReference(String reference) { this.reference = reference; }
  public String getFolio() { return folio; }
  public void setFolio(String folio) { this.folio = folio; }
  public String getType() { return type; }
  public void setType(String type) { this.type = type; }
  public String getReason() { return reason; }
  public void setReason(String reason) { this.reason = reason; }
}
