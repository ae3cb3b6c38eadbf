package mx.gob.sre.mae.gateway.application.authority;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mx.gob.sre.mae.gateway.application.audit.AuditTrail;
import mx.gob.sre.mae.gateway.application.intake.InvalidReportException;
import mx.gob.sre.mae.gateway.application.intake.IntakeContext;
import mx.gob.sre.mae.gateway.application.intake.IntakeReceipt;
import mx.gob.sre.mae.gateway.application.intake.IntakeService;
import mx.gob.sre.mae.gateway.application.intake.Violation;
import mx.gob.sre.mae.gateway.application.matching.CaseLinking;
import mx.gob.sre.mae.gateway.application.routing.VersionPublisher;
import mx.gob.sre.mae.gateway.domain.model.authority.AuthorityNotification;
import mx.gob.sre.mae.gateway.domain.model.authority.AuthorityNotificationRepository;
import mx.gob.sre.mae.gateway.domain.model.authority.NotificationFile;
import mx.gob.sre.mae.gateway.domain.model.authority.NotificationReference;
import mx.gob.sre.mae.gateway.domain.model.authority.NotificationStateException;
import mx.gob.sre.mae.gateway.domain.model.authority.NotificationStatus;
import mx.gob.sre.mae.gateway.domain.model.authority.NotificationType;
import mx.gob.sre.mae.gateway.domain.model.authority.UnknownNotificationException;
import mx.gob.sre.mae.gateway.domain.model.cases.AuthorityNotice;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseFile;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseRepository;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseVersion;
import mx.gob.sre.mae.gateway.domain.model.cases.Channel;
import mx.gob.sre.mae.gateway.domain.model.cases.Folio;
import mx.gob.sre.mae.gateway.domain.model.cases.UnknownCaseException;
import mx.gob.sre.mae.gateway.domain.model.people.Officer;
import mx.gob.sre.mae.i18n.Language;

/**
 * Officers of the notified consulate decide on its notifications; another consulate's reference is
 * "not found". Confirming adds a version to the case carrying the notice (and the authority's
 * documents), routed as an update to the case's recipients, with FGR:FORENSIC for a death (routing
 * table, rule R6); then the family is told as {@link NotificationOutcomes} says. "No matching case"
 * opens a new case through the intake (channel FOREIGN_AUTHORITY). Every step is in the
 * notification's history and on the audit record.
 */
@ApplicationScoped
public class NotificationReview {

  static final String LISTED = "AUTHORITY_NOTIFICATION_LIST";
  static final String READ = "AUTHORITY_NOTIFICATION_READ";
  static final String DECIDED = "AUTHORITY_NOTIFICATION_DECIDED";

  @Inject AuthorityNotificationRepository notifications;
  @Inject CaseRepository cases;
  @Inject CaseLinking linking;
  @Inject VersionPublisher versions;
  @Inject IntakeService intake;
  @Inject NotificationOutcomes outcomes;
  @Inject AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<NotificationViews.Summary> list(Officer officer, String status) {
    NotificationStatus wanted = status == null || status.isBlank() ? null : parseStatus(status);
    audit.record(LISTED, AuditTrail.CONSULATE, officer.consulateCode(), "authority notifications" + (wanted == null ? "" : " " + wanted));
    return notifications.ofConsulate(officer.consulateCode(), wanted, 200).stream().map(NotificationViews::summary).toList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public NotificationViews.Detail detail(Officer officer, String reference) {
    AuthorityNotification n = own(officer, reference);
    audit.record(READ, AuthorityNotificationService.AUDIT_TYPE, n.reference().value(), "by " + officer.username());
    return NotificationViews.detail(n);
  }

  /** Sets the type of an emailed (UNKNOWN) notification, or corrects it while pending. */
  @Transactional
  public NotificationViews.Detail classify(Officer officer, String reference, String type, Language language) {
    AuthorityNotification n = own(officer, reference);
    n.classify(type(type, language), officer.username(), clock.instant());
    audit.record(DECIDED, AuthorityNotificationService.AUDIT_TYPE, n.reference().value(), "classified " + n.type());
    return NotificationViews.detail(n);
  }

  /** The candidate case is not this person. */
  @Transactional
  public NotificationViews.Detail rejectCandidate(Officer officer, String reference, String folio) {
    AuthorityNotification n = own(officer, reference);
    if (n.candidates().stream().noneMatch(c -> c.folio().equalsIgnoreCase(folio))) {
      throw new UnknownCaseException(folio);
    }
    n.rejectCandidate(folio.toUpperCase(Locale.ROOT), officer.username(), clock.instant());
    audit.record(DECIDED, AuthorityNotificationService.AUDIT_TYPE, n.reference().value(), "not case " + folio);
    return NotificationViews.detail(n);
  }

  /**
   * The notification is about the person of case {@code folio} (a candidate, or a case of the
   * officer's consulate); {@code type} classifies it on the way if it is still UNKNOWN.
   */
  @Transactional
  public NotificationViews.Detail confirm(Officer officer, String reference, String folio, String type, Language language) {
    AuthorityNotification n = own(officer, reference);
    classifyIfGiven(n, type, officer, language);
    CaseFile c = linkable(officer, n, folio, language);
    if (n.rejectedCandidates().contains(c.folio().value())) {
      throw new NotificationStateException(c.folio().value() + " was rejected for " + n.reference().value());
    }
    Instant now = clock.instant();
    n.confirm(c.folio().value(), officer.username(), now);
    record(c, n, officer, now);
    outcomes.confirmed(c, n, officer.username());
    audit.record(DECIDED, AuthorityNotificationService.AUDIT_TYPE, n.reference().value(), "confirmed: case " + c.folio().value());
    return NotificationViews.detail(n);
  }

  /**
   * No case is this person: a new case (channel FOREIGN_AUTHORITY) carrying the notice, routed at once.
   * The officer's word stands over the matching engine: a case the engine would link it to only goes
   * to the review queue.
   */
  @Transactional
  public NotificationViews.Detail openCase(Officer officer, String reference, String type, Language language) {
    AuthorityNotification n = own(officer, reference);
    classifyIfGiven(n, type, officer, language);
    if (!n.type().classified()) {
      throw new NotificationStateException("Classify " + n.reference().value() + " first");
    }
    IntakeReceipt receipt = intake.file(NewCaseReport.of(n, language), new IntakeContext(Channel.FOREIGN_AUTHORITY, n.consulateCode(),
        officer.username(), language, !n.person().identifiable() || n.person().fullName().isBlank(), true), List.of());
    CaseFile c = cases.find(receipt.folio()).orElseThrow(() -> new UnknownCaseException(receipt.folio().value()));
    Instant now = clock.instant();
    n.openedCase(c.folio().value(), officer.username(), now);
    record(c, n, officer, now);
    outcomes.openedCase(c, n, officer.username());
    audit.record(DECIDED, AuthorityNotificationService.AUDIT_TYPE, n.reference().value(), "new case " + c.folio().value());
    return NotificationViews.detail(n);
  }

  /** Not acted on (a mistaken or forged notification), with the officer's reason. */
  @Transactional
  public NotificationViews.Detail reject(Officer officer, String reference, String reason, Language language) {
    AuthorityNotification n = own(officer, reference);
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 2000) {
      throw new InvalidReportException(List.of(Violation.of("reason", why.isEmpty() ? "error.required" : "error.tooLong", 2000)), language);
    }
    n.reject(why, officer.username(), clock.instant());
    audit.record(DECIDED, AuthorityNotificationService.AUDIT_TYPE, n.reference().value(), "rejected");
    return NotificationViews.detail(n);
  }

  /** The new case version carrying the notice and the authority's documents, routed as an update. */
  private void record(CaseFile c, AuthorityNotification n, Officer officer, Instant now) {
    CaseVersion current = c.current();
    var facts = n.facts();
    var authority = n.authority();
    AuthorityNotice notice = new AuthorityNotice(n.reference().value(), n.type().name(), facts.eventDate(), facts.place(),
        facts.country(), authority.name(), authority.country(), authority.kind().name(), facts.facilityName(),
        facts.facilityContact(), facts.narrative(), officer.username(), now);
    CaseVersion version = c.recordVersionWithNotice(current.content(), current.translations().values(), notice, officer.username(),
        "foreign authority notification " + n.reference().value() + " (" + n.type() + ", " + authority.name() + ")", now);
    for (NotificationFile f : n.files()) {
      c.attach(f.stored(), f.fileName(), officer.username(), now);
    }
    versions.publish(c, version, now);
  }

  private void classifyIfGiven(AuthorityNotification n, String type, Officer officer, Language language) {
    if (type != null && !type.isBlank()) {
      NotificationType t = type(type, language);
      if (t != n.type()) {
        n.classify(t, officer.username(), clock.instant());
      }
    }
  }

  private CaseFile linkable(Officer officer, AuthorityNotification n, String folio, Language language) {
    if (folio == null || !Folio.isWellFormed(folio)) {
      throw new InvalidReportException(List.of(Violation.of("folio", "error.required")), language);
    }
    String root = linking.root(Folio.parse(folio).value());
    boolean candidate = n.candidates().stream().anyMatch(c -> c.folio().equals(root));
    return cases.find(Folio.parse(root))
        .filter(c -> candidate || c.consulateCode().equals(officer.consulateCode()))
        .orElseThrow(() -> new UnknownCaseException(folio));
  }

  private AuthorityNotification own(Officer officer, String reference) {
    Optional<AuthorityNotification> found = NotificationReference.isWellFormed(reference)
        ? notifications.find(NotificationReference.parse(reference)) : Optional.empty();
    return found.filter(n -> n.consulateCode().equals(officer.consulateCode()))
        .orElseThrow(() -> new UnknownNotificationException(reference));
  }

  private static NotificationType type(String text, Language language) {
    return NotificationType.parseClassified(text).orElseThrow(() -> new InvalidReportException(
        List.of(Violation.of("type", "error.authority.unknownType", String.valueOf(text))), language));
  }

  private static NotificationStatus parseStatus(String text) {
    try {
      return NotificationStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidReportException(List.of(Violation.of("status", "error.unknownCode", text)), Language.ES);
    }
  }
}
