package mx.gob.sre.mae.gateway.application.visa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import mx.gob.sre.mae.gateway.domain.model.delivery.Delivery;
import mx.gob.sre.mae.gateway.domain.model.delivery.DeliveryRepository;
import mx.gob.sre.mae.gateway.domain.model.visa.VisaRequest;
import mx.gob.sre.mae.routes.canonical.VisaNotice;
import mx.gob.sre.mae.routes.canonical.VisaNoticeJson;
import mx.gob.sre.mae.routes.delivery.RecipientDirectory;
import mx.gob.sre.mae.routes.routing.Agencies;

/**
 * Queues the notice of a final visa decision for the National Institute of Migration and, when an
 * authority invited the applicant, for that authority: outbox rows written in the decision's
 * transaction and delivered by the same durable route as cases (retries, parking, replay, inbox,
 * receipts). One notice per request and recipient (key {@code <reference>:<agency>:decision}).
 */
@ApplicationScoped
public class VisaNotices {

  @Inject DeliveryRepository deliveries;
  @Inject RecipientDirectory recipients;
  @Inject Event<VisaNoticeQueued> queued;

  /** INM first, then the inviting authority if any. */
  public static Set<String> recipientsOf(VisaRequest r) {
    Set<String> all = new LinkedHashSet<>();
    all.add(Agencies.INM);
    if (r.invited()) {
      all.add(r.invitationAgency());
    }
    return all;
  }

  public void queue(VisaRequest r, String consulateName, Instant now) {
    String payload = VisaNoticeJson.toJson(notice(r, consulateName));
    for (String recipient : recipientsOf(r)) {
      deliveries.add(Delivery.queueVisaNotice(r.reference().value(), r.consulateCode(), recipient,
          recipients.channelOf(recipient), payload, now));
    }
    queued.fire(new VisaNoticeQueued(r.reference().value()));
  }

  /** The notice: who travels, on what document, the decision, the dates, the case or invitation, and the zero fee. */
  public static VisaNotice notice(VisaRequest r, String consulateName) {
    VisaNotice.Invitation invitation = r.invited()
        ? new VisaNotice.Invitation(r.invitationAgency(), r.invitationReference(), r.invitationPurpose(), r.invitationFrom(), r.invitationTo())
        : null;
    return new VisaNotice(VisaNotice.SCHEMA_VERSION, VisaNotice.KIND, r.reference().value(), r.consulateCode(), consulateName,
        new VisaNotice.Applicant(r.applicantName(), r.nationality(), r.travelDocumentType().name(), r.travelDocumentNumber(),
            r.dateOfBirth()),
        r.relationship(), r.decision().name(), r.decisionReasons(), r.createdAt(), r.decidedAt(), r.travelFrom(), r.travelTo(),
        r.relatedFolio(), invitation, new VisaNotice.Fee(r.feeAmount(), r.feeCurrency(), r.feeWaiverBasis()));
  }
}
