package mx.gob.sre.mae.gateway.domain.model.support;

/** No such request, or not the caller's agency's or consulate's: both answered alike. */
public class UnknownSupportRequestException extends RuntimeException {

  public UnknownSupportRequestException(String reference) {
    super("No visible support request " + reference);
  }
}
