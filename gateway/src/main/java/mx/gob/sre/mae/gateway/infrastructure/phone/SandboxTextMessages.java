package mx.gob.sre.mae.gateway.infrastructure.phone;

import java.util.UUID;
import java.util.logging.Logger;
import mx.gob.sre.mae.routes.notify.TextMessage;
import mx.gob.sre.mae.routes.notify.TextMessageTransport;

/**
 * The SMS sandbox of the embedded default: SMS and WhatsApp messages are not sent anywhere; they stay
 * in the family outbox marked sent with a {@code sandbox:} reference, and the console shows them, so
 * a newcomer can hold a whole conversation without a Twilio account.
 */
public class SandboxTextMessages implements TextMessageTransport {

  private static final Logger LOG = Logger.getLogger(SandboxTextMessages.class.getName());

  @Override
  public String send(TextMessage message) {
    LOG.info(() -> "SMS sandbox: " + message.channel() + " to " + message.to() + " (" + message.messageKey() + ") not sent");
    return "sandbox:" + UUID.randomUUID();
  }
}
