package mx.gob.sre.mae.gateway.application.phone;

import java.time.Instant;
import java.util.List;

/**
 * What the SMS sandbox "sent" (embedded default, no Twilio account), with the full text a phone
 * would have shown, access code included: kept in memory only, never in the database, and empty
 * whenever Twilio is configured.
 */
public interface SandboxMessages {

  /** One text as the phone would have received it. */
  record SentText(Instant at, String channel, String to, String body, String reference) {}

  boolean active();

  /** The latest texts, newest first. */
  List<SentText> recent(int limit);
}
