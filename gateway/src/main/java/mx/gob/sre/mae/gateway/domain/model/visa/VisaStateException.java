package mx.gob.sre.mae.gateway.domain.model.visa;

/** An operation the request's current status does not allow (a decided request is never changed). */
public class VisaStateException extends RuntimeException {

  public VisaStateException(String message) {
    super(message);
  }
}
