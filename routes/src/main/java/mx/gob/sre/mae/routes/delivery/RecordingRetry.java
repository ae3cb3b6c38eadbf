package mx.gob.sre.mae.routes.delivery;

/**
 * Records a delivery that has happened, trying the database write a few times before giving up: if
 * the write fails (a database restart, a cut connection) the message would count as failed and be
 * sent again, so a short outage of the database must not turn one delivery into two. Only when the
 * database stays unreachable does the route fall back to its retry, and the receiver's idempotency
 * key absorbs the repeat.
 */
public final class RecordingRetry {

  static final long[] PAUSES_MS = {100, 500, 1500, 3000};

  private RecordingRetry() {}

  public static void run(Runnable write) {
    RuntimeException last = null;
    for (int attempt = 0; attempt <= PAUSES_MS.length; attempt++) {
      try {
        write.run();
        return;
      } catch (RuntimeException e) {
        last = e;
        if (attempt < PAUSES_MS.length) {
          try {
            Thread.sleep(PAUSES_MS[attempt]);
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            break;
          }
        }
      }
    }
    throw last;
  }
}
