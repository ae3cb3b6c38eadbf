package mx.gob.sre.mae.gateway.domain.model.authority;

/** The authority is not registered to send notifications of this type: 403. */
public class TypeNotAllowedException extends RuntimeException {
  public TypeNotAllowedException(String authority, NotificationType type) {
    super(authority + " may not send " + type + " notifications");
  }
}
