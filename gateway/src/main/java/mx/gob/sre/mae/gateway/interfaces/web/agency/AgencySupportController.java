package mx.gob.sre.mae.gateway.interfaces.web.agency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import mx.gob.sre.mae.gateway.application.intake.InvalidReportException;
import mx.gob.sre.mae.gateway.application.support.SupportRequestCommand;
import mx.gob.sre.mae.gateway.application.support.SupportRequestService;
import mx.gob.sre.mae.gateway.application.support.SupportViews;
import mx.gob.sre.mae.gateway.domain.model.cases.UnknownCaseException;
import mx.gob.sre.mae.gateway.domain.model.support.SupportType;
import mx.gob.sre.mae.gateway.infrastructure.security.CurrentOfficer;
import mx.gob.sre.mae.gateway.interfaces.web.common.LanguageSelector;
import mx.gob.sre.mae.gateway.interfaces.web.common.PageMessages;

/** The agency's support requests page: a form to ask a consulate for help on a case routed to it, and its requests' status. */
@Named
@RequestScoped
public class AgencySupportController {

  @Inject SupportRequestService support;
  @Inject CurrentOfficer user;
  @Inject LanguageSelector language;

  private List<SupportViews.Summary> requests;
  private String folio;
  private String type;
  private String description;
  private String dueDate;
  private String consulate;

  public List<SupportViews.Summary> getRequests() {
    if (requests == null) {
      requests = support.list(user.require(), 0, 200, language.getLanguage());
    }
    return requests;
  }

  public List<String> getTypes() {
    return Arrays.stream(SupportType.values()).map(Enum::name).toList();
  }

  public String create() {
    try {
      SupportViews.Detail created = support.create(user.require(),
          new SupportRequestCommand(folio, type, description, dueDate, consulate), language.getLanguage());
      PageMessages.info(language.getLocale(), "support.created", created.reference());
      folio = type = description = dueDate = consulate = null;
      requests = null;
    } catch (InvalidReportException e) {
      PageMessages.problems(language.getLocale(), e, "support.");
    } catch (UnknownCaseException e) {
      PageMessages.error(language.getLocale(), "error.notFound");
    }
    return null;
  }

  public String getFolio() { return folio; }
  public void setFolio(String folio) { this.folio = folio; }
  public String getType() { return type; }
  public void setType(String type) { this.type = type; }
  public String getDescription() { return description; }
  public void setDescription(String description) { this.description = description; }
  public String getDueDate() { return dueDate; }
  public void setDueDate(String dueDate) { this.dueDate = dueDate; }
  public String getConsulate() { return consulate; }
  public void setConsulate(String consulate) { this.consulate = consulate; }
}
