package mx.gob.sre.mae.gateway.domain.model.notify;

import java.util.List;
import java.util.Optional;

/** Messages to families, and the STOP/START choices of phone numbers. */
public interface FamilyNotificationRepository {

  void add(FamilyNotification notification);

  boolean containsKey(String messageKey);

  Optional<FamilyNotification> find(long id);

  List<FamilyNotification> withStatus(FamilyMessageStatus status, int limit);

  /** The latest messages of one consulate, newest first (the console's view, and the SMS sandbox's). */
  List<FamilyNotification> ofConsulate(String consulateCode, int limit);

  List<FamilyNotification> ofCase(String folio);

  /** Records a STOP or START; the latest one for the channel and address decides. */
  void recordConsent(String channel, String address, boolean optedIn, String source, java.time.Instant at);

  boolean optedOut(String channel, String address);

  /** What the provider later said of a sent message (queued, sent, delivered, undelivered, failed, read). */
  int recordProviderStatus(String providerReference, String status, String error, java.time.Instant at);
}
