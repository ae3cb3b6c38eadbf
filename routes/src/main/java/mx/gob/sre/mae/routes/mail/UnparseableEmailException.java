package mx.gob.sre.mae.routes.mail;

/** The raw source cannot be read as an email at all: the caller quarantines it as it is and never drops it. */
public class UnparseableEmailException extends Exception {

  public UnparseableEmailException(String message) {
    super(message);
  }

  public UnparseableEmailException(String message, Throwable cause) {
    super(message, cause);
  }
}
