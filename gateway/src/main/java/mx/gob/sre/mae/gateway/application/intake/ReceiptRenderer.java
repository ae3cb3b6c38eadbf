package mx.gob.sre.mae.gateway.application.intake;

/** Port: turns a receipt into a printable document (PDF) in Spanish and the reporter's language. */
public interface ReceiptRenderer {

  /** The PDF bytes of the bilingual receipt. */
  byte[] render(ReceiptData receipt);
}
