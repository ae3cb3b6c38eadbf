package mx.gob.sre.mae.gateway.domain.model.cases;

/** No case with that folio is visible to the caller (also used when it exists but is not theirs). */
public class UnknownCaseException extends RuntimeException {
  public UnknownCaseException(String folio) {
    super("No case " + folio);
  }
}
