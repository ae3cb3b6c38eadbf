package mx.gob.sre.mae.gateway.infrastructure.camel;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;
import mx.gob.sre.mae.routes.delivery.AcknowledgementWatch;
import mx.gob.sre.mae.routes.delivery.AcknowledgementWatchRoute;
import mx.gob.sre.mae.routes.delivery.EmailDeliveryRoute;
import mx.gob.sre.mae.routes.delivery.MailTransport;
import mx.gob.sre.mae.routes.delivery.OutboxDispatchRoute;
import mx.gob.sre.mae.routes.delivery.OutboxPort;
import mx.gob.sre.mae.routes.delivery.RecipientDirectory;
import mx.gob.sre.mae.routes.delivery.RetryPolicy;
import mx.gob.sre.mae.routes.delivery.WebhookDeliveryRoute;
import mx.gob.sre.mae.gateway.infrastructure.mail.Mailboxes;
import mx.gob.sre.mae.routes.mail.EmailIntakePort;
import mx.gob.sre.mae.routes.mail.ImapIntakeRoute;
import org.apache.camel.component.mail.MailComponent;
import mx.gob.sre.mae.routes.intake.CaseHandoverRoute;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;
import mx.gob.sre.mae.routes.notify.FamilyNotificationRoute;
import mx.gob.sre.mae.routes.notify.FamilyOutboxPort;
import mx.gob.sre.mae.routes.notify.TextMessageTransport;
import mx.gob.sre.mae.routes.phone.PhoneHousekeeping;
import mx.gob.sre.mae.routes.phone.PhoneHousekeepingRoute;
import mx.gob.sre.mae.routes.intake.HandoverLedger;
import mx.gob.sre.mae.routes.support.SupportOverdueRoute;
import mx.gob.sre.mae.routes.support.SupportOverdueWatch;
import mx.gob.sre.mae.routes.translate.RecipientDocuments;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.direct.DirectComponent;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.component.log.LogComponent;
import org.apache.camel.component.seda.SedaComponent;
import org.apache.camel.component.timer.TimerComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The application's single CamelContext (Camel 4 has no CDI module): built and started once the
 * database is migrated, stopped when the application stops. Components are registered explicitly
 * so start-up does not search the class path for them. Delivery settings: MAE_OUTBOX_POLL_MS
 * (default 250), MAE_OUTBOX_BATCH (50), MAE_DELIVERY_MAX_ATTEMPTS (12), MAE_WEBHOOK_CONNECT_TIMEOUT_MS
 * (5000), MAE_WEBHOOK_RESPONSE_TIMEOUT_MS (15000), MAE_ACK_WATCH_SECONDS (60).
 */
@ApplicationScoped
public class CamelBootstrap {

  private static final Logger LOG = Logger.getLogger(CamelBootstrap.class.getName());

  @Inject OutboxPort outbox;
  @Inject RecipientDirectory recipients;
  @Inject AcknowledgementWatch acknowledgements;
  @Inject MailTransport mail;
  @Inject Mailboxes mailboxes;
  @Inject EmailIntakePort emailIntake;
  @Inject FamilyOutboxPort familyOutbox;
  @Inject TextMessageTransport texts;
  @Inject PhoneHousekeeping phoneHousekeeping;
  @Inject SupportOverdueWatch supportOverdue;

  private final HandoverLedger ledger = new HandoverLedger();
  private CamelContext camel;
  private ProducerTemplate producer;

  void start(@Observes @Priority(300) @Initialized(ApplicationScoped.class) Object start) throws Exception {
    long t0 = System.nanoTime();
    Config config = ConfigProvider.getConfig(CamelBootstrap.class.getClassLoader());
    Clock clock = Clock.systemUTC();
    RetryPolicy retry = new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(5),
        config.getOptionalValue("MAE_DELIVERY_MAX_ATTEMPTS", Integer.class).orElse(12), 0.2);

    DefaultCamelContext context = new DefaultCamelContext(false);
    context.getCamelContextExtension().setName("mae-gateway");
    context.setApplicationContextClassLoader(CamelBootstrap.class.getClassLoader());
    context.setLoadHealthChecks(false);
    context.addComponent("direct", new DirectComponent());
    context.addComponent("seda", new SedaComponent());
    context.addComponent("log", new LogComponent());
    context.addComponent("timer", new TimerComponent());
    context.addComponent("http", new HttpComponent());
    context.addComponent("https", new HttpComponent());
    context.addComponent("imap", new MailComponent());
    context.addComponent("imaps", new MailComponent());
    context.build();
    context.addRoutes(new CaseHandoverRoute(OutboxDispatchRoute.WAKE_UP, ledger));
    // an outcome the database could not take is kept on local disk, so the message is not sent twice
    OutboxPort journaledOutbox = new mx.gob.sre.mae.routes.delivery.JournaledOutbox(outbox,
        new mx.gob.sre.mae.routes.delivery.ReceiptJournal(MaeConfig.dataDir().resolve("journal").resolve("outbox-receipts")));
    FamilyOutboxPort journaledFamilyOutbox = new mx.gob.sre.mae.routes.notify.JournaledFamilyOutbox(familyOutbox,
        new mx.gob.sre.mae.routes.delivery.ReceiptJournal(MaeConfig.dataDir().resolve("journal").resolve("family-receipts")));
    context.addRoutes(new OutboxDispatchRoute(journaledOutbox, recipients, retry,
        Duration.ofMillis(config.getOptionalValue("MAE_OUTBOX_POLL_MS", Long.class).orElse(250L)),
        config.getOptionalValue("MAE_OUTBOX_BATCH", Integer.class).orElse(50), Duration.ofMinutes(2), clock));
    context.addRoutes(new WebhookDeliveryRoute(recipients, new RecipientDocuments(),
        Duration.ofMillis(config.getOptionalValue("MAE_WEBHOOK_CONNECT_TIMEOUT_MS", Long.class).orElse(5000L)),
        Duration.ofMillis(config.getOptionalValue("MAE_WEBHOOK_RESPONSE_TIMEOUT_MS", Long.class).orElse(15000L)), clock));
    context.addRoutes(new EmailDeliveryRoute(recipients, new RecipientDocuments(), mail));
    for (Mailboxes.Mailbox box : mailboxes.configured()) {
      context.addRoutes(new ImapIntakeRoute(box.consulate(), box.endpointUri(), emailIntake));
    }
    context.addRoutes(new FamilyNotificationRoute(journaledFamilyOutbox, mail, texts,
        new RetryPolicy(Duration.ofSeconds(2), Duration.ofMinutes(10), MaeConfig.FAMILY_MAX_ATTEMPTS.getInt(), 0.2),
        Duration.ofMillis(MaeConfig.FAMILY_POLL_MS.getInt()), 20, clock));
    context.addRoutes(new PhoneHousekeepingRoute(phoneHousekeeping, Duration.ofSeconds(MaeConfig.PHONE_HOUSEKEEPING_SECONDS.getInt())));
    context.addRoutes(new SupportOverdueRoute(supportOverdue, Duration.ofSeconds(MaeConfig.SUPPORT_OVERDUE_CHECK_SECONDS.getInt()), clock));
    context.addRoutes(new AcknowledgementWatchRoute(acknowledgements,
        Duration.ofSeconds(config.getOptionalValue("MAE_ACK_WATCH_SECONDS", Long.class).orElse(60L)), clock));
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
