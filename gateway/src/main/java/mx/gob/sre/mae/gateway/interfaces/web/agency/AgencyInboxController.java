package mx.gob.sre.mae.gateway.interfaces.web.agency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import mx.gob.sre.mae.gateway.application.delivery.InboxItem;
import mx.gob.sre.mae.gateway.application.delivery.InboxService;
import mx.gob.sre.mae.gateway.domain.model.people.Officer;
import mx.gob.sre.mae.gateway.infrastructure.security.CurrentOfficer;
import mx.gob.sre.mae.gateway.interfaces.web.common.LanguageSelector;
import mx.gob.sre.mae.i18n.Messages;

/** The agency's inbox page: cases routed to it, acknowledgement with its reference, questions to the consulate. */
@Named
@RequestScoped
public class AgencyInboxController {

  @Inject InboxService inbox;
  @Inject CurrentOfficer user;
  @Inject LanguageSelector language;

  private List<InboxItem> items;
  private long deliveryId;
  private String reference;
  private String question;

  public Officer getUser() {
    return user.require();
  }

  public List<InboxItem> getItems() {
    if (items == null) {
      items = inbox.inbox(user.require(), 0, 200);
    }
    return items;
  }

  public String acknowledge() {
    if (reference == null || reference.isBlank()) {
      message("agency.ack.referenceRequired");
      return null;
    }
    inbox.acknowledge(user.require(), deliveryId, reference);
    message("agency.ack.done");
    items = null;
    return null;
  }

  public String ask() {
    if (question == null || question.isBlank()) {
      message("agency.question.required");
      return null;
    }
    inbox.requestInformation(user.require(), deliveryId, question);
    message("agency.question.sent");
    return null;
  }

  private void message(String key) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(Messages.text(language.getLocale(), key)));
  }

  public long getDeliveryId() {
    return deliveryId;
  }

  public void setDeliveryId(long deliveryId) {
    this.deliveryId = deliveryId;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }
}
