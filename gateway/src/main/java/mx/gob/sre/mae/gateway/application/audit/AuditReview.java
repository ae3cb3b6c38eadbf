package mx.gob.sre.mae.gateway.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** What an auditor does with the log, through the API or the page; reading the log is itself on record. */
@ApplicationScoped
public class AuditReview {

  @Inject AuditTrail audit;

  /** Every recorded access to and change of one case, oldest first. */
  public List<AuditRecord> ofCase(String folio) {
    List<AuditRecord> events = audit.of(AuditTrail.CASE, folio);
    audit.record(AuditActions.AUDIT_READ, AuditTrail.CASE, folio, events.size() + " event(s)");
    return events;
  }

  /** Recomputes the whole hash chain. */
  public ChainVerification verify() {
    ChainVerification result = audit.verify();
    audit.record(AuditActions.AUDIT_VERIFIED, AuditTrail.AUDIT, null,
        result.valid() ? "valid, " + result.events() + " event(s)" : "BROKEN at " + result.firstBrokenId() + ": " + result.reason());
    return result;
  }
}
