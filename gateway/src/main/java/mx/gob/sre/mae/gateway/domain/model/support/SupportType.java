package mx.gob.sre.mae.gateway.domain.model.support;

/** What a Mexican authority asks a consulate to do abroad. */
public enum SupportType {
  INTERVIEW_RELATIVE_OR_WITNESS,
  REFERENCE_DNA_SAMPLE,
  DELIVER_NOTIFICATION,
  OBTAIN_DOCUMENT,
  ACCOMPANY_FAMILY,
  OTHER
}
