package mx.gob.sre.mae.gateway.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.sre.mae.gateway.application.ContainerWork;
import mx.gob.sre.mae.gateway.application.intake.AttachmentPolicy;
import mx.gob.sre.mae.gateway.application.intake.AttachmentStore;
import mx.gob.sre.mae.gateway.domain.model.cases.StoredFile;
import mx.gob.sre.mae.routes.mail.EmailIntakePort;
import mx.gob.sre.mae.routes.mail.EmailOutcome;
import mx.gob.sre.mae.routes.mail.EmailParser;
import mx.gob.sre.mae.routes.mail.ParsedEmail;

/**
 * The email channel's intake: the raw message is kept first (evidence, and the quarantine's
 * download), then parsed and taken in one transaction, on a container thread; unreadable mail is
 * quarantined, never dropped. The family's acknowledgement is queued in the same transaction as the
 * case and sent by the family notification route after the commit.
 */
@ApplicationScoped
public class EmailIntakeService implements EmailIntakePort {

  private static final Logger LOG = Logger.getLogger(EmailIntakeService.class.getName());

  @Inject EmailTransactions transactions;
  @Inject AttachmentStore store;
  @Inject AttachmentPolicy policy;

  @Inject ContainerWork work;

  @Override
  public EmailOutcome receive(String consulateCode, byte[] rawMessage) {
    return work.call("Email intake (the message stays unread and is taken again)", Duration.ofSeconds(120),
        () -> take(consulateCode, rawMessage)).outcome();
  }

  private EmailTransactions.Result take(String consulate, byte[] raw) {
    StoredFile stored = store.store(raw, "message/rfc822");
    ParsedEmail mail;
    try {
      mail = new EmailParser().parse(raw, policy.maxBytes());
    } catch (RuntimeException | mx.gob.sre.mae.routes.mail.UnparseableEmailException e) {
      return transactions.quarantine(consulate, "sha256:" + stored.sha256(), stored, "unparseable: " + e.getMessage());
    }
    try {
      return transactions.take(consulate, mail, stored);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Email " + mail.messageKey() + " could not be taken; quarantined for an officer", e);
      return transactions.quarantine(consulate, mail.messageKey(), stored, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
