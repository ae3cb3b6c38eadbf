package mx.gob.sre.mae.gateway.interfaces.web.common;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * One token bucket per client address: {@code capacity} requests at once, refilled evenly over
 * {@code period}. Guessing a folio and access code, or flooding the intake, costs an attacker time;
 * a family filing a report never notices. (No library: Bucket4j is not among the packages this
 * project may use, and the need is thirty lines.) Memory is bounded: full buckets are forgotten.
 */
public final class TokenBuckets {

  static final int MAX_CLIENTS = 100_000;

  private final long capacity;
  private final long nanosPerToken;
  private final LongSupplier clock;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final AtomicLong lastSweep = new AtomicLong();

  public TokenBuckets(int capacity, Duration period) {
    this(capacity, period, System::nanoTime);
  }

  TokenBuckets(int capacity, Duration period, LongSupplier clock) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.capacity = capacity;
    this.nanosPerToken = Math.max(1, period.toNanos() / capacity);
    this.clock = clock;
  }

  /** Takes one token for {@code client}: {@link Duration#ZERO} if granted, otherwise how long until one is free. */
  public Duration take(String client) {
    long now = clock.getAsLong();
    sweep(now);
    Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(now, capacity));
    synchronized (bucket) {
      bucket.refill(now, capacity, nanosPerToken);
      if (bucket.tokens > 0) {
        bucket.tokens--;
        return Duration.ZERO;
      }
      return Duration.ofNanos(nanosPerToken - (now - bucket.updated));
    }
  }

  int clients() {
    return buckets.size();
  }

  /** Past MAX_CLIENTS addresses, drops the buckets that have refilled (at most once per token period). */
  private void sweep(long now) {
    long last = lastSweep.get();
    if (buckets.size() < MAX_CLIENTS || now - last < nanosPerToken || !lastSweep.compareAndSet(last, now)) {
      return;
    }
    buckets.entrySet().removeIf(e -> {
      synchronized (e.getValue()) {
        e.getValue().refill(now, capacity, nanosPerToken);
        return e.getValue().tokens >= capacity;
      }
    });
  }

  /** Tokens left and when they were last counted. */
  private static final class Bucket {
    long updated;
    long tokens;

    Bucket(long now, long tokens) {
      this.updated = now;
      this.tokens = tokens;
    }

    void refill(long now, long capacity, long nanosPerToken) {
      long earned = (now - updated) / nanosPerToken;
      if (earned > 0) {
        tokens = Math.min(capacity, tokens + earned);
        updated = tokens == capacity ? now : updated + earned * nanosPerToken;
      }
    }
  }
}
