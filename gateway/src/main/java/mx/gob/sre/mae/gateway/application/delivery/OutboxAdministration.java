package mx.gob.sre.mae.gateway.application.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import mx.gob.sre.mae.gateway.application.audit.AuditActions;
import mx.gob.sre.mae.gateway.application.audit.AuditTrail;
import mx.gob.sre.mae.gateway.domain.model.delivery.Delivery;
import mx.gob.sre.mae.gateway.domain.model.delivery.DeliveryRepository;
import mx.gob.sre.mae.gateway.domain.model.delivery.DeliveryStatus;
import mx.gob.sre.mae.gateway.domain.model.delivery.UnknownDeliveryException;

/** The administrator's view of deliveries that could not be made, and the replay of a parked one. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OutboxAdministration {

  /** A delivery as an administrator sees it (no case content). */
  public record DeliveryView(long id, String idempotencyKey, String recipient, String channel, String status, int attempts,
      String lastError, java.time.Instant createdAt, java.time.Instant nextAttemptAt) {}

  @Inject DeliveryRepository deliveries;
  @Inject AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  public List<DeliveryView> withStatus(DeliveryStatus status) {
    return deliveries.withStatus(status, 500).stream().map(OutboxAdministration::view).toList();
  }

  /** Puts a parked delivery back in the queue with a fresh retry budget. */
  @Transactional
  public DeliveryView replay(long id) {
    Delivery d = deliveries.find(id).orElseThrow(() -> new UnknownDeliveryException(id));
    d.replay(clock.instant());
    audit.record(AuditActions.DELIVERY_REPLAY, AuditTrail.CASE, d.folio(), "delivery " + d.id() + " to " + d.recipient() + ", version " + d.caseVersion());
    return view(d);
  }

  static DeliveryView view(Delivery d) {
    return new DeliveryView(d.id(), d.idempotencyKey(), d.recipient(), d.channel(), d.status().name(), d.attempts(),
        d.lastError(), d.createdAt(), d.nextAttemptAt());
  }
}
