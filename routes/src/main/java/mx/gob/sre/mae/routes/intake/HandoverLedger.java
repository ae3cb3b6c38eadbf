package mx.gob.sre.mae.routes.intake;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Counts the case versions the hand-over route has taken, for health checks and tests. */
public final class HandoverLedger {

  private final AtomicLong handedOver = new AtomicLong();
  private final AtomicReference<String> last = new AtomicReference<>();

  void record(String folio, int version) {
    handedOver.incrementAndGet();
    last.set(folio + "/v" + version);
  }

  public long handedOver() {
    return handedOver.get();
  }

  /** {@code FOLIO/vN} of the latest case version taken, or null before the first. */
  public String last() {
    return last.get();
  }
}
