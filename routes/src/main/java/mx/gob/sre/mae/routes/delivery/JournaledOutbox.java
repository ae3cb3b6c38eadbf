package mx.gob.sre.mae.routes.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The outbox with a {@link ReceiptJournal} in front: a delivery that happened is never sent again
 * because the database was away when it was to be recorded. The outcome goes to the journal, is
 * written to the database before the next claim, and until then the message is not handed out.
 * Nothing waits or retries inside a delivery, so stopping the routes is never held up.
 */
public final class JournaledOutbox implements OutboxPort {

  private final OutboxPort outbox;
  private final ReceiptJournal journal;

  public JournaledOutbox(OutboxPort outbox, ReceiptJournal journal) {
    this.outbox = outbox;
    this.journal = journal;
  }

  @Override
  public List<OutboundMessage> claimDue(int max, Duration lease) {
    journal.settle(e -> outbox.markDelivered(e.id(), e.at()));
    return outbox.claimDue(max, lease).stream().filter(m -> !journal.contains(m.id())).toList();
  }

  @Override
  public void markDelivered(long id, Instant at) {
    journal.recordOrKeep(new ReceiptJournal.Entry(id, at, null), () -> outbox.markDelivered(id, at), "Delivery");
  }

  @Override
  public void markFailed(long id, String error, Instant nextAttemptAt) {
    if (!journal.contains(id)) {
      outbox.markFailed(id, error, nextAttemptAt);
    }
  }
}
