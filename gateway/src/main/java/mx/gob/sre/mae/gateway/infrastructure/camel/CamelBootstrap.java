package mx.gob.sre.mae.gateway.infrastructure.camel;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import mx.gob.sre.mae.routes.intake.CaseHandoverRoute;
import mx.gob.sre.mae.routes.intake.HandoverLedger;
import mx.gob.sre.mae.routes.intake.RoutingPendingRoute;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.direct.DirectComponent;
import org.apache.camel.component.log.LogComponent;
import org.apache.camel.component.seda.SedaComponent;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The application's single CamelContext (Camel 4 has no CDI module): built and started once the
 * database is migrated, stopped when the application stops. Components are registered explicitly
 * so start-up does not search the class path for them.
 */
@ApplicationScoped
public class CamelBootstrap {

  private static final Logger LOG = Logger.getLogger(CamelBootstrap.class.getName());

  private final HandoverLedger ledger = new HandoverLedger();
  private CamelContext camel;
  private ProducerTemplate producer;

  void start(@Observes @Priority(300) @Initialized(ApplicationScoped.class) Object start) throws Exception {
    long t0 = System.nanoTime();
    DefaultCamelContext context = new DefaultCamelContext(false);
    context.getCamelContextExtension().setName("mae-gateway");
    context.setApplicationContextClassLoader(CamelBootstrap.class.getClassLoader());
    context.setLoadTypeConverters(false);
    context.setLoadHealthChecks(false);
    context.addComponent("direct", new DirectComponent());
    context.addComponent("seda", new SedaComponent());
    context.addComponent("log", new LogComponent());
    context.build();
    context.addRoutes(new CaseHandoverRoute(RoutingPendingRoute.ENDPOINT, ledger));
    context.addRoutes(new RoutingPendingRoute());
    context.start();
    camel = context;
    producer = context.createProducerTemplate();
    LOG.info(() -> "Camel started with " + context.getRoutes().size() + " routes in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stop) {
    if (camel != null) {
      camel.stop();
    }
  }

  public ProducerTemplate producer() {
    if (producer == null) {
      throw new IllegalStateException("Camel is not started");
    }
    return producer;
  }

  public boolean started() {
    return camel != null && camel.isStarted();
  }

  public int routes() {
    return camel == null ? 0 : camel.getRoutes().size();
  }

  public HandoverLedger ledger() {
    return ledger;
  }
}
