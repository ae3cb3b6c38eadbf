package mx.gob.sre.mae.gateway.domain.model.authority;

/** No such notification, or not the caller's to see (another authority's, another consulate's): 404. */
public class UnknownNotificationException extends RuntimeException {
  public UnknownNotificationException(Object reference) {
    super("Unknown authority notification " + reference);
  }
}
