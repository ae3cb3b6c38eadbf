package mx.gob.sre.mae.gateway.domain.model.support;

/** How a support request was closed. */
public enum SupportOutcome {
  COMPLETED,
  UNABLE
}
