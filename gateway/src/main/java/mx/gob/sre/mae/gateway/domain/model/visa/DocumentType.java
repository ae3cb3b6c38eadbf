package mx.gob.sre.mae.gateway.domain.model.visa;

/** The documents a humanitarian visa request needs; INVITATION only when an authority invited the applicant. */
public enum DocumentType {
  PASSPORT,
  RELATIONSHIP_PROOF,
  INVITATION,
  PHOTO
}
