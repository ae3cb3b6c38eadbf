package mx.gob.sre.mae.routes.notify;

/** A send the provider refused for good (invalid number, recipient unsubscribed): parked at once for a person. */
public class PermanentSendFailure extends RuntimeException {

  public PermanentSendFailure(String message) {
    super(message);
  }

  public PermanentSendFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
