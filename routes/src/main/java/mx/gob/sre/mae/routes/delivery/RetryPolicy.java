package mx.gob.sre.mae.routes.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with jitter, capped, within a budget of attempts; past it, the message is parked. */
public record RetryPolicy(Duration firstDelay, Duration maxDelay, int maxAttempts, double jitter) {

  public static RetryPolicy defaults() {
    return new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(5), 12, 0.2);
  }

  /** When to try again after {@code attemptsMade} failed attempts, or empty to park. */
  public Optional<Instant> nextAttempt(int attemptsMade, Instant now) {
    if (attemptsMade >= maxAttempts) {
      return Optional.empty();
    }
    double exponential = firstDelay.toMillis() * Math.pow(2, Math.max(0, attemptsMade - 1));
    double capped = Math.min(exponential, maxDelay.toMillis());
    double spread = capped * jitter * (ThreadLocalRandom.current().nextDouble() * 2 - 1);
    return Optional.of(now.plusMillis(Math.max(0, Math.round(capped + spread))));
  }
}
