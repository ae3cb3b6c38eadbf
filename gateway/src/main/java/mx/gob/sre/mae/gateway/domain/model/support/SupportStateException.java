package mx.gob.sre.mae.gateway.domain.model.support;

/** An operation the request's status does not allow (a closed request is never changed; work needs an assignee). */
public class SupportStateException extends RuntimeException {

  public SupportStateException(String message) {
    super(message);
  }
}
