package mx.gob.sre.mae.routes.mail;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mail.MailMessage;

/**
 * Polls one consulate's mailbox (IMAP/IMAPS) and hands each unread message, as its raw source, to
 * the intake. The message is read with PEEK and flagged as seen only when the intake has committed;
 * if the intake fails the message stays unread and is taken again at the next poll (the intake is
 * idempotent on Message-ID, so a re-poll after a crash creates nothing twice).
 */
public class ImapIntakeRoute extends RouteBuilder {

  private final String consulate;
  private final String endpointUri;
  private final EmailIntakePort intake;

  public ImapIntakeRoute(String consulate, String endpointUri, EmailIntakePort intake) {
    this.consulate = consulate;
    this.endpointUri = endpointUri;
    this.intake = intake;
  }

  public static String routeId(String consulate) {
    return "imap-intake-" + consulate.toLowerCase(Locale.ROOT);
  }

  @Override
  public void configure() {
    from(endpointUri)
        .routeId(routeId(consulate))
        .process(this::receive);
  }

  private void receive(Exchange e) throws Exception {
    MailMessage mail = e.getIn(MailMessage.class);
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    mail.getOriginalMessage().writeTo(raw);
    EmailOutcome outcome = intake.receive(consulate, raw.toByteArray());
    log.info("Email {} for {}: {} {}", outcome.messageKey(), consulate, outcome.kind(), outcome.folio() == null ? "" : outcome.folio());
  }
}
