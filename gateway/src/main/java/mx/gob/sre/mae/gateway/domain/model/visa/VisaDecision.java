package mx.gob.sre.mae.gateway.domain.model.visa;

/** What an officer decides; only APPROVED and REFUSED close the request and are notified to INM. */
public enum VisaDecision {
  APPROVED,
  REFUSED,
  MORE_INFO_REQUESTED;

  public boolean isFinal() {
    return this != MORE_INFO_REQUESTED;
  }
}
