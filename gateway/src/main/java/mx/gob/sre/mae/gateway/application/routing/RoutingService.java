package mx.gob.sre.mae.gateway.application.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseFile;
import mx.gob.sre.mae.gateway.domain.model.delivery.Delivery;
import mx.gob.sre.mae.gateway.domain.model.delivery.DeliveryRepository;
import mx.gob.sre.mae.routes.canonical.CanonicalCase;
import mx.gob.sre.mae.routes.canonical.CanonicalJson;
import mx.gob.sre.mae.routes.delivery.RecipientDirectory;
import mx.gob.sre.mae.routes.routing.RoutingDecision;
import mx.gob.sre.mae.routes.routing.RoutingTable;

/**
 * Decides who receives a case version (the routing table) and queues one outbox message per
 * recipient, in the caller's transaction: the version and its deliveries commit or fail together.
 * A later version also goes to every recipient that already has the case (rule 7).
 */
@ApplicationScoped
public class RoutingService {

  @Inject DeliveryRepository deliveries;
  @Inject RecipientDirectory recipients;
  @Inject RoutingTable table;

  public RoutingDecision route(CaseFile caseFile, CanonicalCase canonical, Instant now) {
    RoutingDecision decision = table.decide(canonical, LocalDate.ofInstant(now, ZoneOffset.UTC));
    Set<String> all = new LinkedHashSet<>(decision.recipients());
    if (canonical.version() > 1) {
      all.addAll(deliveries.recipientsOf(caseFile.id()));
    }
    caseFile.applyRouting(decision.flags(), table.version());
    String payload = CanonicalJson.toJson(canonical);
    for (String recipient : all) {
      deliveries.add(Delivery.queue(caseFile.id(), canonical.folio(), canonical.version(), recipient,
          recipients.channelOf(recipient), decision.flags(), payload, now));
    }
    return decision;
  }
}
