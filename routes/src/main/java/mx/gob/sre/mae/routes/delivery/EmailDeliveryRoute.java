package mx.gob.sre.mae.routes.delivery;

import java.nio.charset.StandardCharsets;
import java.util.List;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;
import mx.gob.sre.mae.routes.canonical.CanonicalCase;
import mx.gob.sre.mae.routes.canonical.CanonicalJson;
import mx.gob.sre.mae.routes.canonical.SupportResult;
import mx.gob.sre.mae.routes.canonical.SupportResultJson;
import mx.gob.sre.mae.routes.canonical.VisaNotice;
import mx.gob.sre.mae.routes.canonical.VisaNoticeJson;
import mx.gob.sre.mae.routes.translate.ComplaintTranslator;
import mx.gob.sre.mae.routes.translate.SupportResultPdf;
import mx.gob.sre.mae.routes.translate.VisaNoticePdf;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Email delivery: a short Spanish cover note, the Spanish PDF record and the recipient's JSON
 * document attached, and a Message-ID made from the idempotency key so a receiver can tell a
 * retried mail from a new one. A humanitarian visa notice goes the same way, as its JSON and a
 * one-page PDF of it; so does a support request's result.
 */
public class EmailDeliveryRoute extends RouteBuilder {

  public static final String ROUTE_ID = "email-delivery";

  private final RecipientDirectory recipients;
  private final DeliveryDocument documents;
  private final MailTransport transport;
  private final ComplaintTranslator complaint = new ComplaintTranslator();

  public EmailDeliveryRoute(RecipientDirectory recipients, DeliveryDocument documents, MailTransport transport) {
    this.recipients = recipients;
    this.documents = documents;
    this.transport = transport;
  }

  @Override
  public void configure() {
    from(OutboxDispatchRoute.EMAIL)
        .routeId(ROUTE_ID)
        .errorHandler(noErrorHandler())
        .process(this::send);
  }

  private void send(Exchange e) {
    OutboundMessage m = OutboxDispatchRoute.message(e);
    String to = recipients.emailOf(m.recipient())
        .orElseThrow(() -> new IllegalStateException("No email address configured for " + m.recipient()));
    if (m.isVisaNotice()) {
      transport.send(visaNotice(to, m));
      return;
    }
    if (m.isSupportResult()) {
      transport.send(supportResult(to, m));
      return;
    }
    CanonicalCase c = CanonicalJson.fromJson(m.payload());
    String flags = m.flags().isEmpty() ? "" : " [" + String.join(", ", m.flags()) + "]";
    String subject = Messages.text(Language.ES, "delivery.email.subject", m.folio(), m.caseVersion(), m.recipient()) + flags;
    String text = Messages.text(Language.ES, "delivery.email.body", m.folio(), m.caseVersion(), m.recipient(), m.idempotencyKey());
    String base = m.folio() + "-v" + m.caseVersion();
    transport.send(new OutgoingMail(to, subject, text, List.of(
        new OutgoingMail.Attachment(base + ".pdf", "application/pdf", complaint.toPdf(c, m.recipient(), m.flags())),
        new OutgoingMail.Attachment(base + ".json", "application/json", documents.documentFor(m).getBytes(StandardCharsets.UTF_8))),
        messageId(m)));
  }

  private static OutgoingMail visaNotice(String to, OutboundMessage m) {
    VisaNotice notice = VisaNoticeJson.fromJson(m.payload());
    String decision = Messages.text(Language.ES, "visa.decision." + notice.decision());
    String subject = Messages.text(Language.ES, "delivery.visaNotice.subject", m.folio(), decision, m.recipient());
    String text = Messages.text(Language.ES, "delivery.visaNotice.body", m.folio(), m.recipient(), m.idempotencyKey());
    return new OutgoingMail(to, subject, text, List.of(
        new OutgoingMail.Attachment(m.folio() + ".pdf", "application/pdf", VisaNoticePdf.render(notice)),
        new OutgoingMail.Attachment(m.folio() + ".json", "application/json", m.payload().getBytes(StandardCharsets.UTF_8))),
        messageId(m));
  }

  private static OutgoingMail supportResult(String to, OutboundMessage m) {
    SupportResult result = SupportResultJson.fromJson(m.payload());
    String outcome = Messages.text(Language.ES, "support.status." + result.outcome());
    String subject = Messages.text(Language.ES, "delivery.supportResult.subject", m.folio(), result.folio(), outcome);
    String text = Messages.text(Language.ES, "delivery.supportResult.body", m.folio(), result.folio(), m.recipient(), m.idempotencyKey());
    return new OutgoingMail(to, subject, text, List.of(
        new OutgoingMail.Attachment(m.folio() + ".pdf", "application/pdf", SupportResultPdf.render(result)),
        new OutgoingMail.Attachment(m.folio() + ".json", "application/json", m.payload().getBytes(StandardCharsets.UTF_8))),
        messageId(m));
  }

  private static String messageId(OutboundMessage m) {
    return "<" + m.idempotencyKey().replace(':', '.') + "@mae.sre.gob.mx>";
  }
}
