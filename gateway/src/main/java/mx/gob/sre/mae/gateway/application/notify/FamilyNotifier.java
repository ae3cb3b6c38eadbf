package mx.gob.sre.mae.gateway.application.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import mx.gob.sre.mae.gateway.domain.model.notify.FamilyMessagePurpose;
import mx.gob.sre.mae.gateway.domain.model.notify.FamilyNotification;
import mx.gob.sre.mae.gateway.domain.model.notify.FamilyNotificationRepository;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;

/**
 * Queues messages to families in the caller's transaction (the case and its acknowledgement commit
 * together, or neither does); the family notification route sends them after the commit, retrying
 * until sent or parked for a person. One message per purpose, case and address: a retried intake
 * cannot write to a family twice.
 */
@ApplicationScoped
public class FamilyNotifier {

  @Inject FamilyNotificationRepository notifications;
  @Inject Event<FamilyMessageQueued> queued;

  private final Clock clock = Clock.systemUTC();

  /**
   * The acknowledgement of a new case: folio, access code, where to follow and complete it, and the
   * national 24/7 numbers, in the family's language, on the channel they used.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void acknowledge(String consulate, String folio, String channel, String address, Language language, String accessCode) {
    String base = MaeConfig.PUBLIC_URL.get();
    String status = base + "/status?lang=" + language.tag();
    String form = base + "/?lang=" + language.tag();
    String hotlines = MaeConfig.HOTLINES.get();
    String abroad = MaeConfig.HOTLINE_ABROAD.get();
    if ("EMAIL".equals(channel)) {
      queue(consulate, folio, FamilyMessagePurpose.ACKNOWLEDGEMENT, channel, address, language,
          Messages.text(language, "email.ack.subject", folio),
          Messages.text(language, "email.ack.body", folio, FamilyNotification.SECRET_PLACEHOLDER, status, form, hotlines, abroad), accessCode);
    } else {
      queue(consulate, folio, FamilyMessagePurpose.ACKNOWLEDGEMENT, channel, address, language, null,
          Messages.text(language, "phone.ack", folio, FamilyNotification.SECRET_PLACEHOLDER, status, hotlines, abroad), accessCode);
    }
  }

  /** Queues one message unless this purpose, case and address already has one; returns whether it was queued. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean queue(String consulate, String folio, FamilyMessagePurpose purpose, String channel, String address,
      Language language, String subject, String body, String secret) {
    String key = purpose.name().toLowerCase(java.util.Locale.ROOT) + "." + folio + "." + channel.toLowerCase(java.util.Locale.ROOT)
        + "." + Integer.toHexString(address.hashCode());
    return queueWithKey(consulate, folio, purpose, channel, address, language, subject, body, secret, key);
  }

  /** Queues one message under an explicit key (unique per message); returns false when the key exists. */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean queueWithKey(String consulate, String folio, FamilyMessagePurpose purpose, String channel, String address,
      Language language, String subject, String body, String secret, String key) {
    if (notifications.containsKey(key)) {
      return false;
    }
    notifications.add(FamilyNotification.queue(consulate, folio, purpose, channel, address, language.tag(), subject, body, secret,
        key, clock.instant()));
    queued.fire(new FamilyMessageQueued(key));
    return true;
  }
}
