package mx.gob.sre.mae.gateway.application.authority;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import mx.gob.sre.mae.gateway.application.audit.AuditTrail;
import mx.gob.sre.mae.gateway.application.intake.AttachmentPolicy;
import mx.gob.sre.mae.gateway.application.intake.AttachmentStore;
import mx.gob.sre.mae.gateway.application.intake.ContentTypeDetector;
import mx.gob.sre.mae.gateway.application.intake.InvalidReportException;
import mx.gob.sre.mae.gateway.application.intake.UploadedFile;
import mx.gob.sre.mae.gateway.application.intake.Violation;
import mx.gob.sre.mae.gateway.domain.model.authority.AuthorityNotification;
import mx.gob.sre.mae.gateway.domain.model.authority.AuthorityNotificationRepository;
import mx.gob.sre.mae.gateway.domain.model.authority.ForeignAuthority;
import mx.gob.sre.mae.gateway.domain.model.authority.ForeignAuthorityRepository;
import mx.gob.sre.mae.gateway.domain.model.authority.NotificationFacts;
import mx.gob.sre.mae.gateway.domain.model.authority.NotificationReference;
import mx.gob.sre.mae.gateway.domain.model.authority.NotificationType;
import mx.gob.sre.mae.gateway.domain.model.authority.NotifiedPerson;
import mx.gob.sre.mae.gateway.domain.model.authority.TypeNotAllowedException;
import mx.gob.sre.mae.gateway.domain.model.authority.UnknownNotificationException;
import mx.gob.sre.mae.i18n.Language;

/**
 * Takes in notifications from authenticated foreign authorities: checks them, stores them with their
 * documents (by SHA-256) and the candidate cases the matching engine finds, and answers with a
 * reference. The same authority reference again is the same notification (the first answer again).
 * Nothing is routed and no family is written to here: that waits for an officer.
 */
@ApplicationScoped
public class AuthorityNotificationService {

  static final String AUDIT_TYPE = "authority-notification";
  static final String RECEIVED = "AUTHORITY_NOTIFICATION_RECEIVED";
  static final String STATUS_READ = "AUTHORITY_NOTIFICATION_STATUS_READ";

  /** The answer to a notification: {@code duplicate} when this reference had already been received. */
  public record Receipt(String reference, String status, String type, Instant receivedAt, boolean duplicate) {}

  @Inject AuthorityNotificationRepository notifications;
  @Inject ForeignAuthorityRepository authorities;
  @Inject NotificationMatching matching;
  @Inject AttachmentStore store;
  @Inject ContentTypeDetector contentTypes;
  @Inject AttachmentPolicy attachmentPolicy;
  @Inject AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  @Transactional
  public Receipt receive(long authorityId, NotificationCommand command, Language language) {
    ForeignAuthority authority = authorities.find(authorityId).filter(ForeignAuthority::active)
        .orElseThrow(() -> new UnknownNotificationException("authority " + authorityId));
    NotificationValidator.Valid valid = NotificationValidator.validate(command, language);
    Optional<AuthorityNotification> earlier = notifications.byAuthorityReference(authorityId, valid.reference());
    if (earlier.isPresent()) {
      return receipt(earlier.get(), true);
    }
    if (!authority.allows(valid.type())) {
      throw new TypeNotAllowedException(authority.name(), valid.type());
    }
    List<Violation> fileProblems = attachmentPolicy.check(valid.files(), contentTypes);
    if (!fileProblems.isEmpty()) {
      throw new InvalidReportException(fileProblems, language);
    }
    AuthorityNotification n = store(authority, valid.reference(), AuthorityNotification.API, valid.type(), valid.person(),
        valid.facts(), valid.files(), "authority:" + authority.id());
    return receipt(n, false);
  }

  /** The notification this authority already sent under this reference (after a concurrent duplicate lost the race). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Receipt> earlier(long authorityId, String authorityReference) {
    return notifications.byAuthorityReference(authorityId, authorityReference == null ? "" : authorityReference.strip())
        .map(n -> receipt(n, true));
  }

  /** Where the authority's own notification stands; another authority's reference is "not found". */
  @Transactional(Transactional.TxType.SUPPORTS)
  public NotificationViews.AuthorityStatus status(long authorityId, String reference) {
    AuthorityNotification n = (NotificationReference.isWellFormed(reference) ? notifications.find(NotificationReference.parse(reference))
        : Optional.<AuthorityNotification>empty())
        .filter(x -> x.authority().id() == authorityId)
        .orElseThrow(() -> new UnknownNotificationException(reference));
    audit.record(STATUS_READ, AUDIT_TYPE, n.reference().value(), "by authority " + authorityId);
    return NotificationViews.status(n);
  }

  /** Stores a notification with its files and candidates, in the caller's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public AuthorityNotification store(ForeignAuthority authority, String authorityReference, String source, NotificationType type,
      NotifiedPerson person, NotificationFacts facts, List<UploadedFile> files, String actor) {
    Instant now = clock.instant();
    NotificationReference reference = NotificationReference.of(now.atZone(ZoneOffset.UTC).getYear(), notifications.nextReferenceSerial());
    AuthorityNotification n = AuthorityNotification.receive(reference, authority, authorityReference, source, type, person, facts, actor,
        now);
    for (UploadedFile f : files) {
      n.addFile(store.store(f.content(), contentTypes.detect(f.content())), mx.gob.sre.mae.gateway.application.intake.IntakeService.safeName(f.fileName()));
    }
    matching.addCandidates(n);
    notifications.add(n);
    audit.record(RECEIVED, AUDIT_TYPE, reference.value(), source + " " + type + " from authority " + authority.id() + " ("
        + authority.name() + ") for consulate " + authority.consulateCode() + ", " + n.candidates().size() + " candidate case(s)");
    return n;
  }

  private static Receipt receipt(AuthorityNotification n, boolean duplicate) {
    return new Receipt(n.reference().value(), n.status().name(), n.type().name(), n.receivedAt(), duplicate);
  }
}
