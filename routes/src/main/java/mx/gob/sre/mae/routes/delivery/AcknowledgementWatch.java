package mx.gob.sre.mae.routes.delivery;

import java.time.Instant;

/** Port: finds deliveries not acknowledged by their deadline and alerts the consulate (once each). */
public interface AcknowledgementWatch {

  /** The number of deliveries escalated now. */
  int escalateOverdue(Instant now);
}
