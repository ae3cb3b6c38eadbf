package mx.gob.sre.mae.routes.delivery;

import java.util.Optional;

/** Port: how each recipient takes deliveries (configured by the gateway). */
public interface RecipientDirectory {

  /** The channel of a recipient: INBOX (built in), WEBHOOK or EMAIL. */
  String channelOf(String recipient);

  Optional<Webhook> webhookOf(String recipient);

  /** The address deliveries by email go to. */
  Optional<String> emailOf(String recipient);
}
