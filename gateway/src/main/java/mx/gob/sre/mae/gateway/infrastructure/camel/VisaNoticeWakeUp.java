package mx.gob.sre.mae.gateway.infrastructure.camel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.sre.mae.gateway.application.visa.VisaNoticeQueued;
import mx.gob.sre.mae.routes.delivery.OutboxDispatchRoute;

/** Wakes the outbox dispatcher once a visa decision and its notices have committed; the poll covers a failure here. */
@ApplicationScoped
public class VisaNoticeWakeUp {

  private static final Logger LOG = Logger.getLogger(VisaNoticeWakeUp.class.getName());

  @Inject CamelBootstrap camel;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) VisaNoticeQueued queued) {
    try {
      camel.producer().sendBody(OutboxDispatchRoute.WAKE_UP, queued.reference());
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Visa notices of " + queued.reference() + " are queued; the outbox poll will deliver them", e);
    }
  }
}
