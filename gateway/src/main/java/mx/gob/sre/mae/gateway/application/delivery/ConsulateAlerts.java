package mx.gob.sre.mae.gateway.application.delivery;

import java.time.Instant;
import java.util.List;

/** Port: alerts that reach a consulate's console (parked delivery, overdue acknowledgement, agency question). */
public interface ConsulateAlerts {

  /** Raises an alert for the consulate of the delivery's case. */
  void raise(long deliveryId, String kind, String detail);

  /**
   * Raises an alert for a consulate about something that is not a delivery (a support request that
   * arrived or is overdue), in the caller's transaction: it commits or rolls back with the change.
   */
  void raiseFor(String consulateCode, String reference, String kind, String recipient, String detail);

  /** Raises an alert about a case for a consulate, in the caller's transaction (a task such as "inform the family in person"). */
  void raiseForCase(String consulateCode, String folio, String kind, String detail);

  List<Alert> open(String consulateCode);

  /** One open alert. */
  record Alert(long id, String folio, String kind, String recipient, String detail, Instant createdAt) {}
}
