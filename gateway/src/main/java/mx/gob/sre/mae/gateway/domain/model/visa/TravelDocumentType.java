package mx.gob.sre.mae.gateway.domain.model.visa;

/** The kind of travel document the applicant holds (a relative may travel on a refugee document). */
public enum TravelDocumentType {
  PASSPORT,
  REFUGEE_TRAVEL_DOCUMENT,
  IDENTITY_CARD,
  OTHER
}
