package mx.gob.sre.mae.gateway.domain.model.authority;

import java.util.List;
import java.util.Optional;

/** Notifications from foreign authorities. */
public interface AuthorityNotificationRepository {

  long nextReferenceSerial();

  void add(AuthorityNotification notification);

  Optional<AuthorityNotification> find(NotificationReference reference);

  /** The notification this authority already sent under its own reference (idempotency). */
  Optional<AuthorityNotification> byAuthorityReference(long authorityId, String authorityReference);

  /** A consulate's notifications of one status (null: all), newest first. */
  List<AuthorityNotification> ofConsulate(String consulateCode, NotificationStatus status, int limit);
}
