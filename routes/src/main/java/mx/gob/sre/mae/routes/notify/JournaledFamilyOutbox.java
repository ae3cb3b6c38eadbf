package mx.gob.sre.mae.routes.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mx.gob.sre.mae.routes.delivery.ReceiptJournal;

/**
 * The family outbox with a {@link ReceiptJournal} in front: a message the provider took is not sent
 * to the family a second time because the database was away when it was to be recorded.
 */
public final class JournaledFamilyOutbox implements FamilyOutboxPort {

  private final FamilyOutboxPort outbox;
  private final ReceiptJournal journal;

  public JournaledFamilyOutbox(FamilyOutboxPort outbox, ReceiptJournal journal) {
    this.outbox = outbox;
    this.journal = journal;
  }

  @Override
  public List<FamilyMessage> claimDue(int max, Duration lease) {
    journal.settle(e -> outbox.markSent(e.id(), e.at(), e.reference()));
    return outbox.claimDue(max, lease).stream().filter(m -> !journal.contains(m.id())).toList();
  }

  @Override
  public boolean optedOut(String channel, String address) {
    return outbox.optedOut(channel, address);
  }

  @Override
  public void markSent(long id, Instant at, String providerReference) {
    journal.recordOrKeep(new ReceiptJournal.Entry(id, at, providerReference), () -> outbox.markSent(id, at, providerReference),
        "Family message");
  }

  @Override
  public void markSuppressed(long id, Instant at, String reason) {
    outbox.markSuppressed(id, at, reason);
  }

  @Override
  public void markFailed(long id, String error, Instant nextAttemptAt) {
    if (!journal.contains(id)) {
      outbox.markFailed(id, error, nextAttemptAt);
    }
  }
}
