package mx.gob.sre.mae.routes.support;

import java.time.Instant;

/** Port: finds open support requests past their due time and escalates each once, in the gateway's transactions. */
public interface SupportOverdueWatch {

  /** Escalates every overdue request not escalated yet; returns how many were escalated. */
  int escalateOverdue(Instant now);
}
