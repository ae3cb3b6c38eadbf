package mx.gob.sre.mae.gateway.domain.model.authority;

/** No such authority, or not one the caller may see (the two are answered alike: 404). */
public class UnknownAuthorityException extends RuntimeException {
  public UnknownAuthorityException(Object id) {
    super("Unknown foreign authority " + id);
  }
}
