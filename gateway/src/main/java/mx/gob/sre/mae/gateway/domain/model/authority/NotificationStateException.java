package mx.gob.sre.mae.gateway.domain.model.authority;

/** The notification's status does not allow the action (already decided, or still unclassified): 409. */
public class NotificationStateException extends RuntimeException {
  public NotificationStateException(String message) {
    super(message);
  }
}
