package mx.gob.sre.mae.routes.translate;

import mx.gob.sre.mae.routes.canonical.CanonicalCase;
import mx.gob.sre.mae.routes.canonical.CanonicalJson;
import mx.gob.sre.mae.routes.delivery.DeliveryDocument;
import mx.gob.sre.mae.routes.delivery.OutboundMessage;
import mx.gob.sre.mae.routes.routing.Agencies;

/**
 * The translator per recipient format: search commissions get the register submission, prosecutors
 * (and other authorities) the complaint. Made at delivery from the canonical case in the outbox. A
 * humanitarian visa notice or a support request's result is already the recipient's document and goes
 * as it is.
 */
public final class RecipientDocuments implements DeliveryDocument {

  private final RegisterSubmissionTranslator register = new RegisterSubmissionTranslator();
  private final ComplaintTranslator complaint = new ComplaintTranslator();

  @Override
  public String documentFor(OutboundMessage message) {
    if (message.deliveredAsIs()) {
      return message.payload();
    }
    CanonicalCase c = CanonicalJson.fromJson(message.payload());
    return switch (Agencies.format(message.recipient())) {
      case REGISTER_SUBMISSION -> register.toJson(c, message.recipient(), message.flags());
      case COMPLAINT, NOTICE -> complaint.toJson(c, message.recipient(), message.flags());
    };
  }
}
