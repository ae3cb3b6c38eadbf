package mx.gob.sre.mae.gateway.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;
import mx.gob.sre.mae.routes.delivery.OutgoingMail;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Emails a consulate's supervisors (MAE_SUPERVISOR_EMAIL_&lt;CONSULATE&gt;, e.g. MAE_SUPERVISOR_EMAIL_LAX)
 * when an acknowledgement or a support request is overdue. The console alert is the durable record; a mail that cannot
 * be sent is logged and the alert stays.
 */
@ApplicationScoped
public class SupervisorNotifier {

  private static final Logger LOG = Logger.getLogger(SupervisorNotifier.class.getName());

  @Inject SmtpMailTransport smtp;

  public void overdue(String consulate, String folio, String recipient) {
    send(consulate, folio, recipient, "escalation.email", ".overdue");
  }

  /** A support request from {@code agency} is past its due time and not closed. */
  public void supportOverdue(String consulate, String reference, String agency) {
    send(consulate, reference, agency, "escalation.support", ".support-overdue");
  }

  private void send(String consulate, String reference, String other, String keys, String idSuffix) {
    Optional<String> to = ConfigProvider.getConfig(SupervisorNotifier.class.getClassLoader())
        .getOptionalValue("MAE_SUPERVISOR_EMAIL_" + consulate.toUpperCase(Locale.ROOT).replace('-', '_'), String.class);
    if (to.isEmpty() || !smtp.configured()) {
      return;
    }
    try {
      smtp.send(new OutgoingMail(to.get(),
          Messages.text(Language.ES, keys + ".subject", reference, other),
          Messages.text(Language.ES, keys + ".body", reference, other),
          List.of(), "<" + reference + "." + other.replace(':', '.') + idSuffix + "@mae.sre.gob.mx>"));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not email the supervisors of " + consulate + " about " + reference + "; the console alert stands", e);
    }
  }
}
