package mx.gob.sre.mae.gateway.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;
import mx.gob.sre.mae.routes.delivery.MailTransport;
import mx.gob.sre.mae.routes.delivery.OutgoingMail;

/**
 * Tells the family, in the language they wrote in, that their email became a case: folio, access
 * code, where to follow it and where to complete it. Sent after the commit; if sending fails the
 * case is safe and the officer sees no acknowledgement in the log.
 */
@ApplicationScoped
public class EmailAcknowledger {

  private static final Logger LOG = Logger.getLogger(EmailAcknowledger.class.getName());

  @Inject MailTransport mail;

  void acknowledge(EmailTransactions.Result result) {
    if (result.replyTo() == null) {
      return;
    }
    Language language = Language.fromTag(result.language()).orElse(Language.ES);
    String folio = result.outcome().folio();
    String base = MaeConfig.PUBLIC_URL.get();
    try {
      mail.send(new OutgoingMail(result.replyTo(),
          Messages.text(language, "email.ack.subject", folio),
          Messages.text(language, "email.ack.body", folio, result.accessCode(), base + "/status?lang=" + language.tag(),
              base + "/?lang=" + language.tag()),
          List.of(), "<ack." + folio + "@mae.sre.gob.mx>"));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Acknowledgement of " + folio + " to the family could not be sent", e);
    }
  }
}
