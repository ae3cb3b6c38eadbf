package mx.gob.sre.mae.gateway.application.authority;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import mx.gob.sre.mae.gateway.application.intake.UploadedFile;
import mx.gob.sre.mae.gateway.domain.model.authority.AuthorityNotification;
import mx.gob.sre.mae.gateway.domain.model.authority.ForeignAuthority;
import mx.gob.sre.mae.gateway.domain.model.authority.ForeignAuthorityRepository;
import mx.gob.sre.mae.gateway.domain.model.authority.NotificationFacts;
import mx.gob.sre.mae.gateway.domain.model.authority.NotificationType;
import mx.gob.sre.mae.gateway.domain.model.authority.NotifiedPerson;
import mx.gob.sre.mae.routes.mail.ParsedEmail;

/**
 * Mail to a consulate's mailbox from the address of one of its registered, active authorities is
 * that authority's notification, of type UNKNOWN, for an officer to classify and decide; it is not a
 * family's report and gets no acknowledgement. A From address can be forged (nothing here checks
 * DKIM or SPF), which is one more reason nothing happens before an officer confirms.
 */
@ApplicationScoped
public class AuthorityEmails {

  static final int MAX_REFERENCE = 200;

  @Inject ForeignAuthorityRepository authorities;
  @Inject AuthorityNotificationService notifications;

  /** The consulate's active authority that lists this sender address, if exactly one does. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ForeignAuthority> sender(String consulate, String from) {
    if (from == null || from.isBlank()) {
      return Optional.empty();
    }
    List<ForeignAuthority> found = authorities.byContactEmail(consulate, from);
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  /** The email as a notification of type UNKNOWN, with its accepted attachments, in the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public AuthorityNotification take(ForeignAuthority authority, ParsedEmail mail, List<UploadedFile> files) {
    String reference = "email:" + mail.messageKey();
    String narrative = (mail.subject() == null ? "" : mail.subject() + "\n\n") + (mail.text() == null ? "" : mail.text());
    return notifications.store(authority, reference.length() <= MAX_REFERENCE ? reference : reference.substring(0, MAX_REFERENCE),
        AuthorityNotification.EMAIL, NotificationType.UNKNOWN, NotifiedPerson.unknown(),
        new NotificationFacts(null, null, null, null, mail.from(), narrative.length() <= 20000 ? narrative : narrative.substring(0, 20000)),
        files, "email:" + mail.from());
  }
}
