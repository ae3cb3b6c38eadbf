package mx.gob.sre.mae.gateway.application.phone;

/** A webhook for a phone number no consulate answers (MAE_PHONE_NUMBERS). */
public class UnknownLineException extends RuntimeException {
  public UnknownLineException(String number) {
    super("No consulate answers " + number);
  }
}
