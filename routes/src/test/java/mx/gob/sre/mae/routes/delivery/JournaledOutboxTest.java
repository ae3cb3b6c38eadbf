package mx.gob.sre.mae.routes.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A delivery that happened while the database was away is recorded when it is back and is not
 * handed out again in between, even across a restart; a failure to keep it locally is not hidden.
 */
class JournaledOutboxTest {

  @TempDir Path dir;

  /** The in-memory outbox behind a connection that can be cut. */
  static final class FlakyDatabase implements OutboxPort {
    final InMemoryOutbox rows = new InMemoryOutbox();
    boolean down;

    private void check() {
      if (down) {
        throw new IllegalStateException("Connection refused: database restarting");
      }
    }

    @Override
    public List<OutboundMessage> claimDue(int max, Duration lease) {
      check();
      return rows.claimDue(max, lease);
    }

    @Override
    public void markDelivered(long id, Instant at) {
      check();
      rows.markDelivered(id, at);
    }

    @Override
    public void markFailed(long id, String error, Instant nextAttemptAt) {
      check();
      rows.markFailed(id, error, nextAttemptAt);
    }
  }

  @Test
  void aDeliveryTheDatabaseMissedIsNotHandedOutAgainAndIsRecordedWhenItReturns() {
    FlakyDatabase db = new FlakyDatabase();
    db.rows.add(1, "MAE-2026-000001", 1, "FGR:UIDPM", "WEBHOOK");
    db.rows.add(2, "MAE-2026-000002", 1, "FGR:UIDPM", "WEBHOOK");
    JournaledOutbox outbox = new JournaledOutbox(db, new ReceiptJournal(dir.resolve("receipts")));
    assertEquals(2, outbox.claimDue(10, Duration.ofMinutes(2)).size());

    db.down = true;
    outbox.markDelivered(1, Instant.parse("2026-11-29T12:00:00Z")); // the receiver said 2xx; the write fails
    outbox.markFailed(1, "the failure handler runs too", Instant.now()); // and is ignored: it was delivered
    assertThrows(IllegalStateException.class, () -> outbox.claimDue(10, Duration.ofMinutes(2)), "nothing is claimed without the database");

    // the database is back; both leases have ended, so both rows are due again in the table
    db.down = false;
    db.rows.row(1).status = "PENDING";
    db.rows.row(2).status = "PENDING";
    List<OutboundMessage> claimed = outbox.claimDue(10, Duration.ofMinutes(2));
    assertEquals(List.of(2L), claimed.stream().map(OutboundMessage::id).toList(), "the delivered one is not sent again");
    assertEquals("DELIVERED", db.rows.status(1));
    assertEquals(1, db.rows.row(1).deliveredCount);
    assertEquals(0, db.rows.row(1).attempts, "not counted as a failed attempt");
    assertFalse(Files.exists(dir.resolve("receipts")), "nothing left to record");
  }

  @Test
  void theJournalSurvivesARestartAndIgnoresATornLastLine() throws Exception {
    Path file = dir.resolve("receipts");
    ReceiptJournal before = new ReceiptJournal(file);
    before.append(new ReceiptJournal.Entry(7, Instant.parse("2026-11-29T12:00:00Z"), "SM123 ñ"));
    before.append(new ReceiptJournal.Entry(8, Instant.parse("2026-11-29T12:00:01Z"), null));
    Files.writeString(file, "9\t17", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

    ReceiptJournal after = new ReceiptJournal(file);
    assertEquals(2, after.size());
    assertTrue(after.contains(7) && after.contains(8) && !after.contains(9));
    List<ReceiptJournal.Entry> written = new java.util.ArrayList<>();
    after.settle(e -> {
      if (e.id() == 8) {
        throw new IllegalStateException("still down");
      }
      written.add(e);
    });
    assertEquals(List.of(new ReceiptJournal.Entry(7, Instant.parse("2026-11-29T12:00:00Z"), "SM123 ñ")), written);
    assertTrue(new ReceiptJournal(file).contains(8), "what failed stays for the next time");
    assertFalse(new ReceiptJournal(file).contains(7));
  }

  @Test
  void whenTheOutcomeCanBeKeptNowhereTheDatabaseErrorIsNotHidden() throws Exception {
    FlakyDatabase db = new FlakyDatabase();
    db.rows.add(1, "MAE-2026-000001", 1, "CNB", "INBOX");
    Path aFile = Files.writeString(dir.resolve("disk"), "a file cannot hold a directory");
    JournaledOutbox outbox = new JournaledOutbox(db, new ReceiptJournal(aFile.resolve("receipts")));
    db.down = true;
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> outbox.markDelivered(1, Instant.now()));
    assertEquals(1, e.getSuppressed().length);
  }
}
