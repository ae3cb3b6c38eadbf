package mx.gob.sre.mae.gateway.interfaces.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import mx.gob.sre.mae.gateway.application.routing.TranslationService;
import mx.gob.sre.mae.gateway.infrastructure.security.CurrentOfficer;
import mx.gob.sre.mae.gateway.interfaces.web.common.LanguageSelector;
import mx.gob.sre.mae.i18n.Messages;

/** An officer's Spanish translation of a case's account of the facts, saved as a new, routed version. */
@Named
@RequestScoped
public class TranslationController {

  @Inject TranslationService translations;
  @Inject CurrentOfficer officer;
  @Inject LanguageSelector language;

  private String folio;
  private String spanish;

  public String save() {
    try {
      translations.translateAsOfficer(officer.require(), folio, "circumstances", spanish);
      return "/console/case?faces-redirect=true&folio=" + folio;
    } catch (TranslationService.InvalidTranslationException e) {
      FacesContext.getCurrentInstance().addMessage(null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(language.getLocale(), "error.invalidTranslation"), null));
      return null;
    }
  }

  public String getFolio() {
    return folio;
  }

  public void setFolio(String folio) {
    this.folio = folio;
  }

  public String getSpanish() {
    return spanish;
  }

  public void setSpanish(String spanish) {
    this.spanish = spanish;
  }
}
