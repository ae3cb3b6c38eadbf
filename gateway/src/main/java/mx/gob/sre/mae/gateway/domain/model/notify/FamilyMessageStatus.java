package mx.gob.sre.mae.gateway.domain.model.notify;

/** Where a message to a family stands. */
public enum FamilyMessageStatus {
  PENDING,
  IN_FLIGHT,
  SENT,
  /** Out of retries, or refused for good by the provider: waits for a person to replay it. */
  PARKED,
  /** Not sent because the person opted out (STOP). */
  SUPPRESSED
}
