package mx.gob.sre.mae.gateway.application.audit;

/**
 * Who is behind the work the current thread does, and from where: set for each web request by the
 * interfaces layer, absent for the application's own work (Camel routes, timers), which the audit
 * log then attributes to "system". A plain thread-local, so the application layer needs no
 * servlet type to know it.
 */
public record RequestOrigin(String actor, String role, String remoteAddress) {

  public static final String PUBLIC = "public";
  public static final String SYSTEM = "system";

  private static final ThreadLocal<RequestOrigin> CURRENT = new ThreadLocal<>();
  private static final RequestOrigin NONE = new RequestOrigin(SYSTEM, SYSTEM, SYSTEM);

  /** A request from {@code remoteAddress} by a signed-in user, or by the public when {@code user} is null. */
  public static RequestOrigin of(String user, String role, String remoteAddress) {
    return user == null ? new RequestOrigin(PUBLIC, PUBLIC, remoteAddress) : new RequestOrigin(user, role == null ? "" : role, remoteAddress);
  }

  public static RequestOrigin current() {
    RequestOrigin origin = CURRENT.get();
    return origin == null ? NONE : origin;
  }

  /** Runs {@code work} with this origin; the thread is left as it was found. */
  public void during(Work work) throws Exception {
    RequestOrigin previous = CURRENT.get();
    CURRENT.set(this);
    try {
      work.run();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  /** A unit of work that may throw. */
  @FunctionalInterface
  public interface Work {
    void run() throws Exception;
  }
}
