package mx.gob.sre.mae.gateway.application.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import mx.gob.sre.mae.gateway.application.audit.AuditActions;
import mx.gob.sre.mae.gateway.application.audit.AuditTrail;
import mx.gob.sre.mae.gateway.domain.model.delivery.UnknownDeliveryException;
import mx.gob.sre.mae.gateway.domain.model.notify.FamilyMessageStatus;
import mx.gob.sre.mae.gateway.domain.model.notify.FamilyNotification;
import mx.gob.sre.mae.gateway.domain.model.notify.FamilyNotificationRepository;

/**
 * Messages to families as staff see them: an administrator lists them by status and replays a parked
 * one; a consulate sees its own (in the embedded default this is the SMS sandbox's screen). The
 * access code is never shown: the stored body holds a placeholder.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FamilyMessageAdministration {

  /** A message to a family as staff see it. */
  public record FamilyMessageView(long id, String folio, String purpose, String channel, String address, String language,
      String subject, String body, String status, int attempts, String lastError, String providerReference,
      String providerStatus, Instant createdAt, Instant sentAt) {}

  @Inject FamilyNotificationRepository notifications;
  @Inject AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  public List<FamilyMessageView> withStatus(FamilyMessageStatus status) {
    return notifications.withStatus(status, 500).stream().map(FamilyMessageAdministration::view).toList();
  }

  public List<FamilyMessageView> ofConsulate(String consulate, int limit) {
    return notifications.ofConsulate(consulate, limit).stream().map(FamilyMessageAdministration::view).toList();
  }

  public List<FamilyMessageView> ofCase(String folio) {
    return notifications.ofCase(folio).stream().map(FamilyMessageAdministration::view).toList();
  }

  /** Puts a parked message back in the queue with a fresh retry budget. */
  @Transactional
  public FamilyMessageView replay(long id) {
    FamilyNotification n = notifications.find(id).orElseThrow(() -> new UnknownDeliveryException(id));
    n.replay(clock.instant());
    audit.record(AuditActions.FAMILY_MESSAGE_REPLAY, AuditTrail.CASE, n.folio(), "family message " + id + " by " + n.channel());
    return view(n);
  }

  /** The provider's later word on a sent message (a delivery-status callback); unknown references change nothing. */
  @Transactional
  public void providerStatus(String providerReference, String status, String errorCode) {
    if (providerReference == null || providerReference.isBlank() || status == null) {
      return;
    }
    String error = errorCode == null || errorCode.isBlank() ? null : "provider error " + errorCode + " (" + status + ")";
    notifications.recordProviderStatus(providerReference, status.length() > 32 ? status.substring(0, 32) : status, error, clock.instant());
  }

  static FamilyMessageView view(FamilyNotification n) {
    return new FamilyMessageView(n.id(), n.folio(), n.purpose().name(), n.channel(), n.address(), n.language(), n.subject(),
        n.body(), n.status().name(), n.attempts(), n.lastError(), n.providerRef(), n.providerStatus(), n.createdAt(), n.sentAt());
  }
}
