package mx.gob.sre.mae.gateway.domain.model.visa;

/** Where a humanitarian visa request stands; APPROVED and REFUSED are final. */
public enum VisaStatus {
  SUBMITTED,
  DOCUMENTS_REQUESTED,
  APPOINTMENT_OFFERED,
  APPOINTMENT_CONFIRMED,
  MORE_INFO_REQUESTED,
  APPROVED,
  REFUSED;

  public boolean isFinal() {
    return this == APPROVED || this == REFUSED;
  }
}
