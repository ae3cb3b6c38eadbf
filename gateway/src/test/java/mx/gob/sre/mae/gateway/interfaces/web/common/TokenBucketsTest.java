package mx.gob.sre.mae.gateway.interfaces.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final TokenBuckets buckets = new TokenBuckets(3, Duration.ofMinutes(1), now::get);

  @Test
  void grantsTheCapacityThenSaysHowLongToWait() {
    for (int i = 0; i < 3; i++) {
      assertEquals(Duration.ZERO, buckets.take("a"));
    }
    Duration wait = buckets.take("a");
    assertEquals(Duration.ofSeconds(20), wait);
    assertEquals(Duration.ZERO, buckets.take("b"), "each client has its own bucket");
  }

  @Test
  void refillsEvenlyAndNeverAboveCapacity() {
    for (int i = 0; i < 3; i++) {
      buckets.take("a");
    }
    now.addAndGet(Duration.ofSeconds(25).toNanos());
    assertEquals(Duration.ZERO, buckets.take("a"));
    Duration wait = buckets.take("a");
    assertEquals(Duration.ofSeconds(15), wait, "the next token is 20 s after the previous one");
    now.addAndGet(Duration.ofHours(5).toNanos());
    for (int i = 0; i < 3; i++) {
      assertEquals(Duration.ZERO, buckets.take("a"));
    }
    assertTrue(buckets.take("a").compareTo(Duration.ZERO) > 0);
  }
}
