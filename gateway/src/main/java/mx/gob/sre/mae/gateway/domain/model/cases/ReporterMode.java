package mx.gob.sre.mae.gateway.domain.model.cases;

/**
 * How the reporter chose to appear (domain.md): with their identity, anonymously (nothing about
 * them is kept), or with the identity withheld (kept by the consulate, never forwarded).
 */
public enum ReporterMode {
  IDENTIFIED,
  ANONYMOUS,
  WITHHELD;

  public boolean forwardsIdentity() {
    return this == IDENTIFIED;
  }
}
