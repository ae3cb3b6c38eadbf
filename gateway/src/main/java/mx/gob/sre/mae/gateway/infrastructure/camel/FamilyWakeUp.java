package mx.gob.sre.mae.gateway.infrastructure.camel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.sre.mae.gateway.application.notify.FamilyMessageQueued;
import mx.gob.sre.mae.routes.notify.FamilyNotificationRoute;

/** Wakes the family notification route once a queued message has committed; the poll covers a failure here. */
@ApplicationScoped
public class FamilyWakeUp {

  private static final Logger LOG = Logger.getLogger(FamilyWakeUp.class.getName());

  @Inject CamelBootstrap camel;

  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) FamilyMessageQueued queued) {
    try {
      camel.producer().sendBody(FamilyNotificationRoute.WAKE_UP, queued.messageKey());
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Family message " + queued.messageKey() + " is queued; the poll will send it", e);
    }
  }
}
