package mx.gob.sre.mae.gateway.domain.model.delivery;

/** No delivery with that id is visible to the caller. */
public class UnknownDeliveryException extends RuntimeException {
  public UnknownDeliveryException(long id) {
    super("No delivery " + id);
  }
}
