package mx.gob.sre.mae.gateway.infrastructure.camel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mx.gob.sre.mae.gateway.application.ContainerWork;
import mx.gob.sre.mae.gateway.application.support.SupportEscalations;
import mx.gob.sre.mae.gateway.infrastructure.mail.SupervisorNotifier;
import mx.gob.sre.mae.routes.support.SupportOverdueWatch;

/** The overdue check's port: escalations on a container thread, then the supervisors' emails (the alert is the durable record). */
@ApplicationScoped
public class SupportOverdueCheck implements SupportOverdueWatch {

  @Inject ContainerWork work;
  @Inject SupportEscalations escalations;
  @Inject SupervisorNotifier supervisors;

  @Override
  public int escalateOverdue(Instant now) {
    List<SupportEscalations.Escalated> escalated = work.call("Escalating overdue support requests", Duration.ofMinutes(1),
        () -> escalations.escalate(now));
    escalated.forEach(e -> supervisors.supportOverdue(e.consulate(), e.reference(), e.agency()));
    return escalated.size();
  }
}
