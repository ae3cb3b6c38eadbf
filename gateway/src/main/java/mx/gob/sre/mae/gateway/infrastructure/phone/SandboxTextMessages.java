package mx.gob.sre.mae.gateway.infrastructure.phone;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.logging.Logger;
import mx.gob.sre.mae.gateway.application.phone.SandboxMessages;
import mx.gob.sre.mae.routes.notify.TextMessage;
import mx.gob.sre.mae.routes.notify.TextMessageTransport;

/**
 * The SMS sandbox of the embedded default: SMS and WhatsApp messages are not sent anywhere. The family
 * outbox marks them sent with a {@code sandbox:} reference, and the last few hundred are kept here,
 * in memory, as the phone would have shown them (the console and {@code ./mae phone sent} read them),
 * so a newcomer can hold a whole conversation, access code included, without a Twilio account.
 */
public class SandboxTextMessages implements TextMessageTransport, SandboxMessages {

  private static final Logger LOG = Logger.getLogger(SandboxTextMessages.class.getName());
  private static final int KEPT = 300;

  private final Deque<SentText> sent = new ConcurrentLinkedDeque<>();

  @Override
  public String send(TextMessage message) {
    String reference = "sandbox:" + UUID.randomUUID();
    sent.addFirst(new SentText(Instant.now(), message.channel(), message.to(), message.body(), reference));
    while (sent.size() > KEPT) {
      sent.pollLast();
    }
    LOG.info(() -> "SMS sandbox: " + message.channel() + " to " + message.to() + " (" + message.messageKey() + ") kept, not sent");
    return reference;
  }

  @Override
  public boolean active() {
    return true;
  }

  @Override
  public List<SentText> recent(int limit) {
    List<SentText> out = new ArrayList<>();
    for (SentText t : sent) {
      if (out.size() >= limit) {
        break;
      }
      out.add(t);
    }
    return out;
  }
}
