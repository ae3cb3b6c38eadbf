package mx.gob.sre.mae.gateway.domain.model.visa;

/** No such request, a wrong access code, or another consulate's request: all answered alike. */
public class UnknownVisaRequestException extends RuntimeException {

  public UnknownVisaRequestException(String reference) {
    super("No visible visa request " + reference);
  }
}
