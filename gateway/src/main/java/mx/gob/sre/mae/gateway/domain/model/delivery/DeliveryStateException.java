package mx.gob.sre.mae.gateway.domain.model.delivery;

/** An operation that the delivery's current state does not allow (acknowledge before delivery, replay of a delivered one). */
public class DeliveryStateException extends RuntimeException {
  public DeliveryStateException(String message) {
    super(message);
  }
}
