package mx.gob.sre.mae.gateway.infrastructure.camel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseVersionRecorded;
import mx.gob.sre.mae.routes.intake.CaseHandoverRoute;

/**
 * Hands each stored case version to Camel, only once its transaction has committed (a rolled-back
 * report is never forwarded). A failure here does not undo the committed case; it is logged as
 * SEVERE with the folio.
 */
@ApplicationScoped
public class CaseHandover {

  private static final Logger LOG = Logger.getLogger(CaseHandover.class.getName());

  @Inject CamelBootstrap camel;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseVersionRecorded recorded) {
    try {
      camel.producer().sendBody(CaseHandoverRoute.ENDPOINT, CanonicalCaseMapper.toCanonical(recorded));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Case " + recorded.folio() + " v" + recorded.version() + " is stored but was not handed to routing", e);
    }
  }
}
