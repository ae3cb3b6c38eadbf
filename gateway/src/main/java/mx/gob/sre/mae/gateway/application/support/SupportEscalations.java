package mx.gob.sre.mae.gateway.application.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mx.gob.sre.mae.gateway.application.delivery.ConsulateAlerts;
import mx.gob.sre.mae.gateway.domain.model.support.SupportRequest;
import mx.gob.sre.mae.gateway.domain.model.support.SupportRequestRepository;

/**
 * Escalates open support requests past their due time, once each: an ESCALATED event on the request
 * and an alert for its consulate's supervisor, in one transaction (so a failure leaves neither).
 */
@ApplicationScoped
public class SupportEscalations {

  static final int BATCH = 100;

  @Inject SupportRequestRepository requests;
  @Inject ConsulateAlerts alerts;

  /** The requests escalated now: consulate, reference and requesting agency. */
  public record Escalated(String consulate, String reference, String agency) {}

  @Transactional
  public List<Escalated> escalate(Instant now) {
    List<Escalated> escalated = new ArrayList<>();
    for (SupportRequest r : requests.overdue(now, BATCH)) {
      if (r.escalate(now)) {
        alerts.raiseFor(r.consulateCode(), r.reference().value(), "SUPPORT_OVERDUE", r.requestingAgency(),
            r.type() + " for case " + r.folio() + " was due " + r.dueAt() + " (" + r.status() + ")");
        escalated.add(new Escalated(r.consulateCode(), r.reference().value(), r.requestingAgency()));
      }
    }
    return escalated;
  }
}
