package mx.gob.sre.mae.gateway.application.visa;

/** Port: the printable decision letter (PDF) in Spanish and the applicant's language. */
public interface VisaLetterRenderer {

  byte[] render(VisaLetter letter);
}
