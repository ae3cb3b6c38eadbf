package mx.gob.sre.mae.gateway.domain.model.cases;

/** Public progress of a case, as a family may see it; codes of the CASE_STATUS code list. */
public enum CaseStatus {
  RECEIVED,
  FORWARDED,
  IN_SEARCH,
  LOCATED,
  CLOSED_BY_AUTHORITY
}
