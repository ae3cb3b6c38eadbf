package mx.gob.sre.mae.gateway.application.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import mx.gob.sre.mae.gateway.domain.model.delivery.Delivery;
import mx.gob.sre.mae.gateway.domain.model.delivery.DeliveryRepository;
import mx.gob.sre.mae.gateway.domain.model.support.SupportEvent;
import mx.gob.sre.mae.gateway.domain.model.support.SupportRequest;
import mx.gob.sre.mae.routes.canonical.SupportResult;
import mx.gob.sre.mae.routes.canonical.SupportResultJson;
import mx.gob.sre.mae.routes.delivery.RecipientDirectory;

/**
 * Queues the result of a closed support request for the agency that asked: one outbox row written
 * in the closing transaction and delivered by the same durable route as cases (retries, parking,
 * replay, inbox, webhook or email, receipts). Key {@code <reference>:<agency>:result}. The result
 * is built from the request alone, never from the case: no reporter data can reach it.
 */
@ApplicationScoped
public class SupportResults {

  @Inject DeliveryRepository deliveries;
  @Inject RecipientDirectory recipients;

  public Delivery queue(SupportRequest r, String consulateName, Instant now) {
    Delivery d = Delivery.queueSupportResult(r.reference().value(), r.consulateCode(), r.requestingAgency(),
        recipients.channelOf(r.requestingAgency()), SupportResultJson.toJson(result(r, consulateName)), now);
    deliveries.add(d);
    return d;
  }

  /** The canonical result: request, outcome, what was done and the files' chain of custody. */
  public static SupportResult result(SupportRequest r, String consulateName) {
    SupportEvent closing = r.closing().orElseThrow(() -> new IllegalStateException(r.reference() + " is not closed"));
    return new SupportResult(SupportResult.SCHEMA_VERSION, SupportResult.KIND, r.reference().value(), r.folio(), r.requestingAgency(),
        r.consulateCode(), consulateName, r.type().name(), r.description(), r.createdAt(), r.dueAt(),
        r.outcome().orElseThrow().name(), closing.detail(), closing.recordedAt(), closing.actor(),
        r.history().stream().map(e -> new SupportResult.Action(e.recordedAt(), e.actor(), e.actorRole(), e.action(), e.detail())).toList(),
        r.results().stream().map(f -> new SupportResult.ResultFile(f.id(), f.fileName(), f.mediaType(), f.size(), f.sha256(),
            f.uploadedBy(), f.uploadedAt())).toList());
  }
}
