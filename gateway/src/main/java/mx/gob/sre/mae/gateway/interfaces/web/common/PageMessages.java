package mx.gob.sre.mae.gateway.interfaces.web.common;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import mx.gob.sre.mae.gateway.application.intake.InvalidReportException;
import mx.gob.sre.mae.gateway.application.intake.Violation;
import mx.gob.sre.mae.i18n.Messages;

/** Messages for the page's summary, in the page's language: a confirmation, an error, or every problem of a refused form. */
public final class PageMessages {

  private PageMessages() {}

  public static void info(Locale locale, String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, Messages.text(locale, key, args));
  }

  public static void error(Locale locale, String key, Object... args) {
    add(FacesMessage.SEVERITY_ERROR, Messages.text(locale, key, args));
  }

  /** Each problem as "field label: message"; {@code labelPrefix} + field name is the label's key. */
  public static void problems(Locale locale, InvalidReportException e, String labelPrefix) {
    for (Violation v : e.violations()) {
      String key = labelPrefix + v.field();
      String label = Messages.has(key) ? Messages.text(locale, key) : v.field();
      add(FacesMessage.SEVERITY_ERROR, label + ": " + v.message(locale));
    }
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, text));
  }
}
