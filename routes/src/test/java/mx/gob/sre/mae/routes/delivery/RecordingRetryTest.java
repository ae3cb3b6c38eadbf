package mx.gob.sre.mae.routes.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A delivery's record survives a short database outage; a lasting one is reported. */
class RecordingRetryTest {

  @Test
  void aWriteThatFailsTwiceIsRecordedOnTheThirdTry() {
    AtomicInteger calls = new AtomicInteger();
    RecordingRetry.run(() -> {
      if (calls.incrementAndGet() < 3) {
        throw new IllegalStateException("connection closed");
      }
    });
    assertEquals(3, calls.get());
  }

  @Test
  void aDatabaseThatStaysDownIsReportedAfterTheLastTry() {
    AtomicInteger calls = new AtomicInteger();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> RecordingRetry.run(() -> {
      calls.incrementAndGet();
      throw new IllegalStateException("database down");
    }));
    assertEquals("database down", e.getMessage());
    assertEquals(RecordingRetry.PAUSES_MS.length + 1, calls.get());
  }
}
