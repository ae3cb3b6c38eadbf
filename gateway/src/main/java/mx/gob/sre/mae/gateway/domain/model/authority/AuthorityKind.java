package mx.gob.sre.mae.gateway.domain.model.authority;

/** What kind of foreign authority notifies a consulate. */
public enum AuthorityKind {
  POLICE,
  MEDICAL_EXAMINER,
  MIGRATION,
  DETENTION,
  HOSPITAL,
  OTHER
}
