package mx.gob.sre.mae.gateway.domain.model.support;

import java.util.List;

/**
 * Where a support request stands, derived from its events: REQUESTED → ASSIGNED → IN_PROGRESS →
 * COMPLETED or UNABLE (both closed). An escalation leaves the status as it is.
 */
public enum SupportStatus {
  REQUESTED,
  ASSIGNED,
  IN_PROGRESS,
  COMPLETED,
  UNABLE;

  public boolean isClosed() {
    return this == COMPLETED || this == UNABLE;
  }

  /** The status the events lead to, oldest first; a closed request stays closed. */
  public static SupportStatus from(List<String> actions) {
    SupportStatus status = REQUESTED;
    for (String action : actions) {
      if (status.isClosed()) {
        break;
      }
      status = switch (action) {
        case SupportEvent.ASSIGNED -> status == IN_PROGRESS ? IN_PROGRESS : ASSIGNED;
        case SupportEvent.ACTION_RECORDED, SupportEvent.RESULT_ATTACHED -> IN_PROGRESS;
        case SupportEvent.CLOSED_COMPLETED -> COMPLETED;
        case SupportEvent.CLOSED_UNABLE -> UNABLE;
        default -> status;
      };
    }
    return status;
  }
}
