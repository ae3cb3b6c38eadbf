package mx.gob.sre.mae.gateway.domain.model.authority;

/**
 * Where a notification stands. Only PENDING_REVIEW may change; the other three are an officer's
 * decision and final. This is also all the notifying authority learns.
 */
public enum NotificationStatus {
  PENDING_REVIEW,
  CONFIRMED,
  NEW_CASE,
  REJECTED
}
