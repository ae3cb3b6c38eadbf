package mx.gob.sre.mae.routes.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What the family notification route needs from the gateway's family outbox. */
public interface FamilyOutboxPort {

  /** Claims up to {@code max} due messages, oldest first, for a lease (a crash mid-send releases them). */
  List<FamilyMessage> claimDue(int max, Duration lease);

  /** True when the person asked not to be written to on this channel (STOP); such messages are not sent. */
  boolean optedOut(String channel, String address);

  void markSent(long id, Instant at, String providerReference);

  /** Not sent because the person opted out; kept, never deleted, so the history shows why. */
  void markSuppressed(long id, Instant at, String reason);

  /** A failed attempt: retried at {@code nextAttemptAt}, or parked for a person when null. */
  void markFailed(long id, String error, Instant nextAttemptAt);
}
