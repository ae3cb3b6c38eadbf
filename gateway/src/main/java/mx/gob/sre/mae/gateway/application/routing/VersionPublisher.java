package mx.gob.sre.mae.gateway.application.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import mx.gob.sre.mae.gateway.application.audit.AuditActions;
import mx.gob.sre.mae.gateway.application.audit.AuditTrail;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseFile;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseVersion;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseVersionRecorded;

/**
 * What follows every new case version, in its transaction: the routing decision and its outbox
 * rows, and the event whose after-commit observers start delivery (and machine translation).
 */
@ApplicationScoped
public class VersionPublisher {

  @Inject RoutingService routing;
  @Inject Event<CaseVersionRecorded> recorded;
  @Inject AuditTrail audit;

  public void publish(CaseFile caseFile, CaseVersion version, Instant now) {
    CaseVersionRecorded event = CaseVersionRecorded.of(caseFile, version);
    routing.route(caseFile, CanonicalCaseMapper.toCanonical(event), now);
    recordOnly(caseFile, version, "");
    recorded.fire(event);
  }

  /**
   * Puts a version on the audit record without routing it: a repeat report linked at intake into the
   * first case (which is what the recipients receive) is still a change of case data on record.
   */
  public void recordOnly(CaseFile caseFile, CaseVersion version, String note) {
    audit.record(AuditActions.VERSION_RECORDED, AuditTrail.CASE, caseFile.folio().value(), "version " + version.number() + " ("
        + version.reason() + ") by " + version.recordedBy() + ", channel " + caseFile.channel() + ", consulate " + caseFile.consulateCode()
        + note);
  }
}
