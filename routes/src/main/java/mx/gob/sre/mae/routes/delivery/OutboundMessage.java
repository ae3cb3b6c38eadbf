package mx.gob.sre.mae.routes.delivery;

import java.util.Set;

/**
 * One claimed outbox row: a case version for one recipient, over one channel. The payload is the
 * canonical case as JSON; the recipient's format is made from it at delivery.
 */
public record OutboundMessage(
    long id,
    String folio,
    int caseVersion,
    String recipient,
    String channel,
    String idempotencyKey,
    Set<String> flags,
    String payload,
    int attempts) {

  public OutboundMessage {
    flags = Set.copyOf(flags);
  }
}
