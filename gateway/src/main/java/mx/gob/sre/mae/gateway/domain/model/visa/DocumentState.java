package mx.gob.sre.mae.gateway.domain.model.visa;

/** A checklist item: still missing, uploaded by the applicant (stored by SHA-256), or seen by an officer at the counter. */
public enum DocumentState {
  MISSING,
  UPLOADED,
  SEEN_AT_COUNTER
}
