package mx.gob.sre.mae.routes.routing;

/** The kind of document an agency receives, which picks the message translator for it. */
public enum RecipientFormat {
  /** An entry for a search commission's register of missing persons (CNB, local commissions). */
  REGISTER_SUBMISSION,
  /** A criminal complaint (denuncia) for a prosecutor's office (FGR units, state prosecutors). */
  COMPLAINT,
  /** A notice for an authority that neither searches nor prosecutes (INM). */
  NOTICE
}
