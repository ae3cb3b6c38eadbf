package mx.gob.sre.mae.gateway.application.audit;

/**
 * The verdict on the audit chain: valid with the number of events, or the first event that breaks
 * it (edited, deleted or re-linked) and why. Null fields are left out of the JSON.
 */
public record ChainVerification(boolean valid, long events, Long firstBrokenId, String reason) {

  public static ChainVerification intact(long events) {
    return new ChainVerification(true, events, null, null);
  }

  public static ChainVerification broken(long eventsBefore, long firstBrokenId, String reason) {
    return new ChainVerification(false, eventsBefore, firstBrokenId, reason);
  }
}
