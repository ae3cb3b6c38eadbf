package mx.gob.sre.mae.gateway.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import mx.gob.sre.mae.gateway.application.delivery.OutboxAdministration;
import mx.gob.sre.mae.gateway.application.notify.FamilyMessageAdministration;
import mx.gob.sre.mae.gateway.domain.model.delivery.DeliveryStatus;
import mx.gob.sre.mae.gateway.domain.model.notify.FamilyMessageStatus;
import mx.gob.sre.mae.gateway.interfaces.web.common.LanguageSelector;
import mx.gob.sre.mae.i18n.Messages;

/** The dead-letter page: parked deliveries with their error, and a replay button for each. */
@Named
@RequestScoped
public class OutboxAdminController {

  @Inject OutboxAdministration admin;
  @Inject LanguageSelector language;

  @Inject FamilyMessageAdministration familyMessages;

  private long deliveryId;

  public List<OutboxAdministration.DeliveryView> getParked() {
    return admin.withStatus(DeliveryStatus.PARKED);
  }

  public List<OutboxAdministration.DeliveryView> getPending() {
    return admin.withStatus(DeliveryStatus.PENDING);
  }

  public String replay() {
    var view = admin.replay(deliveryId);
    FacesContext.getCurrentInstance().addMessage(null,
        new FacesMessage(Messages.text(language.getLocale(), "admin.replayed", view.idempotencyKey())));
    return null;
  }

  public List<FamilyMessageAdministration.FamilyMessageView> getParkedFamilyMessages() {
    return familyMessages.withStatus(FamilyMessageStatus.PARKED);
  }

  public String replayFamilyMessage() {
    var view = familyMessages.replay(deliveryId);
    FacesContext.getCurrentInstance().addMessage(null,
        new FacesMessage(Messages.text(language.getLocale(), "admin.replayed", view.purpose() + " " + view.folio())));
    return null;
  }

  public long getDeliveryId() {
    return deliveryId;
  }

  public void setDeliveryId(long deliveryId) {
    this.deliveryId = deliveryId;
  }
}
