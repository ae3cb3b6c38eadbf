package mx.gob.sre.mae.routes.delivery;

/** Port: the document a recipient receives for a message, in the recipient's own format (JSON). */
public interface DeliveryDocument {

  String documentFor(OutboundMessage message);
}
