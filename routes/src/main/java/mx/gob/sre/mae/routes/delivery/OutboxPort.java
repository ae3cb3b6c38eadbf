package mx.gob.sre.mae.routes.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the dispatch route needs from the outbox table (implemented by the gateway): claim due
 * messages for a lease, and record the outcome of each delivery.
 */
public interface OutboxPort {

  /**
   * Claims up to {@code max} due messages, oldest first, never two of one recipient and case at a
   * time and never one whose earlier version to that recipient is still undelivered. Claimed rows
   * are invisible to other claimers until the lease ends (a crash mid-delivery releases them).
   */
  List<OutboundMessage> claimDue(int max, Duration lease);

  void markDelivered(long id, Instant at);

  /** A failed attempt: retried at {@code nextAttemptAt}, or parked for a person when null. */
  void markFailed(long id, String error, Instant nextAttemptAt);
}
