package mx.gob.sre.mae.gateway.application.authority;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import mx.gob.sre.mae.gateway.application.delivery.ConsulateAlerts;
import mx.gob.sre.mae.gateway.application.notify.FamilyNotifier;
import mx.gob.sre.mae.gateway.domain.model.authority.AuthorityNotification;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseContent;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseFile;
import mx.gob.sre.mae.gateway.domain.model.consulate.ConsulateRepository;
import mx.gob.sre.mae.gateway.domain.model.notify.FamilyMessagePurpose;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;

/**
 * What the family learns once an officer has confirmed a notification, in the confirmation's
 * transaction:
 * <ul>
 *   <li>located alive, detained, hospitalized, met by migration: a message in the family's language
 *       through the family outbox saying the consulate has news and will contact them, and how to reach
 *       it. Never where the person is or which facility: an adult found alive may not want to be found,
 *       and detention details are sensitive. The officer tells the rest, in person;</li>
 *   <li>deceased or human remains: no automatic message at all; the case's consulate gets an alert to
 *       inform the family in person;</li>
 *   <li>a case with no way to write to the family gets the same alert.</li>
 * </ul>
 */
@ApplicationScoped
public class NotificationOutcomes {

  static final String INFORM_IN_PERSON = "INFORM_FAMILY_IN_PERSON";

  @Inject FamilyNotifier notifier;
  @Inject ConsulateAlerts alerts;
  @Inject ConsulateRepository consulates;

  @Transactional(Transactional.TxType.MANDATORY)
  public void confirmed(CaseFile c, AuthorityNotification n, String officer) {
    String folio = c.folio().value();
    if (!n.type().concernsDeath() && writeToFamily(c, n)) {
      return;
    }
    alerts.raiseForCase(c.consulateCode(), folio, INFORM_IN_PERSON, Messages.text(Language.ES, "alert.informFamilyInPerson",
        Messages.text(Language.ES, "register.authorityNotice." + n.type().name()), n.reference().value(), officer));
  }

  /** A case opened from the notification: its reporter is the authority, not a family; only a death raises the alert. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void openedCase(CaseFile c, AuthorityNotification n, String officer) {
    if (n.type().concernsDeath()) {
      alerts.raiseForCase(c.consulateCode(), c.folio().value(), INFORM_IN_PERSON, Messages.text(Language.ES, "alert.informFamilyInPerson",
          Messages.text(Language.ES, "register.authorityNotice." + n.type().name()), n.reference().value(), officer));
    }
  }

  /** Queues the "we have news" message by email and SMS where the case has them; false when it has neither. */
  private boolean writeToFamily(CaseFile c, AuthorityNotification n) {
    CaseContent.Reporter reporter = c.current().content().reporter();
    Language language = Language.fromTag(c.originalLanguage()).orElse(Language.ES);
    String folio = c.folio().value();
    String consulate = consulates.find(c.consulateCode()).map(x -> x.name()).orElse(c.consulateCode());
    String key = "authority." + n.reference().value() + ".";
    boolean queued = false;
    if (reporter.email() != null && !reporter.email().isBlank()) {
      notifier.queueWithKey(c.consulateCode(), folio, FamilyMessagePurpose.INFORMATION, "EMAIL", reporter.email(), language,
          Messages.text(language, "family.authorityNews.subject", folio), Messages.text(language, "family.authorityNews.body", folio, consulate),
          null, key + "email");
      queued = true;
    }
    if (reporter.phone() != null && !reporter.phone().isBlank()) {
      notifier.queueWithKey(c.consulateCode(), folio, FamilyMessagePurpose.INFORMATION, "SMS", reporter.phone(), language, null,
          Messages.text(language, "family.authorityNews.sms", folio, consulate), null, key + "sms");
      queued = true;
    }
    return queued;
  }
}
