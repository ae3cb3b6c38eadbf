package mx.gob.sre.mae.gateway.infrastructure.camel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseVersionRecorded;
import mx.gob.sre.mae.gateway.application.routing.CanonicalCaseMapper;
import mx.gob.sre.mae.routes.intake.CaseHandoverRoute;

/**
 * Wakes the outbox dispatcher once a case version's transaction has committed, so its deliveries
 * (already queued in that transaction) leave at once rather than at the next poll. A failure here
 * loses nothing: the poll picks the messages up anyway; it is logged with the folio.
 */
@ApplicationScoped
public class CaseHandover {

  private static final Logger LOG = Logger.getLogger(CaseHandover.class.getName());

  @Inject CamelBootstrap camel;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseVersionRecorded recorded) {
    // the deliveries are already in the outbox (same transaction); this only starts them at once
    try {
      camel.producer().sendBody(CaseHandoverRoute.ENDPOINT, CanonicalCaseMapper.toCanonical(recorded));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Case " + recorded.folio() + " v" + recorded.version() + " is queued; the outbox poll will deliver it", e);
    }
  }
}
