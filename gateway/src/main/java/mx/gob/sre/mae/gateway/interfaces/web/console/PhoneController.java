package mx.gob.sre.mae.gateway.interfaces.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import mx.gob.sre.mae.gateway.application.notify.FamilyMessageAdministration;
import mx.gob.sre.mae.gateway.application.phone.PhoneConsole;
import mx.gob.sre.mae.gateway.application.phone.SandboxMessages;
import mx.gob.sre.mae.gateway.domain.model.notify.FamilyNotification;
import mx.gob.sre.mae.gateway.infrastructure.security.CurrentOfficer;

/** The console's phone page: callbacks to make, messages received, messages sent to families (the SMS sandbox's screen). */
@Named
@RequestScoped
public class PhoneController {

  @Inject PhoneConsole console;
  @Inject CurrentOfficer officer;
  @Inject SandboxMessages sandbox;

  private String callSid;

  public List<PhoneConsole.Callback> getCallbacks() {
    return console.callbacks(officer.require());
  }

  public List<PhoneConsole.Received> getReceived() {
    return console.received(officer.require(), 100);
  }

  public List<FamilyMessageAdministration.FamilyMessageView> getSent() {
    return console.sentToFamilies(officer.require(), 100);
  }

  /** The SMS sandbox's texts as phones would have shown them (empty when Twilio is configured). */
  public List<SandboxMessages.SentText> getSandbox() {
    officer.require();
    return sandbox.recent(50);
  }

  public boolean isSandboxActive() {
    return sandbox.active();
  }

  /** A stored body as staff may read it: the access code was never stored, so its place is shown masked. */
  public String masked(String body) {
    return body == null ? "" : body.replace(FamilyNotification.SECRET_PLACEHOLDER, "••••-••••-••••");
  }

  public String calledBack() {
    console.calledBack(officer.require(), callSid);
    return "/console/phone.xhtml?faces-redirect=true";
  }

  public String getCallSid() {
    return callSid;
  }

  public void setCallSid(String callSid) {
    this.callSid = callSid;
  }
}
