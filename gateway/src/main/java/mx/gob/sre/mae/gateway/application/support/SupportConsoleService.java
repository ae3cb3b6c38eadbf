package mx.gob.sre.mae.gateway.application.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mx.gob.sre.mae.gateway.application.audit.AuditActions;
import mx.gob.sre.mae.gateway.application.audit.AuditTrail;
import mx.gob.sre.mae.gateway.application.intake.AttachmentPolicy;
import mx.gob.sre.mae.gateway.application.intake.AttachmentStore;
import mx.gob.sre.mae.gateway.application.intake.ContentTypeDetector;
import mx.gob.sre.mae.gateway.application.intake.InvalidReportException;
import mx.gob.sre.mae.gateway.application.intake.UploadedFile;
import mx.gob.sre.mae.gateway.application.intake.Violation;
import mx.gob.sre.mae.gateway.domain.model.cases.StoredFile;
import mx.gob.sre.mae.gateway.domain.model.people.Officer;
import mx.gob.sre.mae.gateway.domain.model.support.SupportEvent.Actor;
import mx.gob.sre.mae.gateway.domain.model.support.SupportOutcome;
import mx.gob.sre.mae.gateway.domain.model.support.SupportRequest;
import mx.gob.sre.mae.gateway.domain.model.support.SupportRequestRepository;
import mx.gob.sre.mae.gateway.domain.model.support.SupportResultFile;
import mx.gob.sre.mae.i18n.Language;

/**
 * The consulate's side of support requests: officers and supervisors see only requests addressed
 * to their consulate (any other reference is "not found"). A supervisor assigns to any member of
 * the consulate's staff, an officer only to themselves; then what was done is recorded, result
 * files are attached (stored by SHA-256) and the request is closed, which queues the result for
 * the requesting agency in the same transaction. Every read and change is on the audit record.
 */
@ApplicationScoped
public class SupportConsoleService {

  @Inject SupportRequestRepository requests;
  @Inject SupportLookup lookup;
  @Inject SupportResults results;
  @Inject AttachmentStore attachmentStore;
  @Inject ContentTypeDetector contentTypes;
  @Inject AttachmentPolicy attachmentPolicy;
  @Inject AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  @Transactional
  public List<SupportViews.Summary> list(Officer officer, int offset, int limit, Language language) {
    return lookup.summaries(requests.ofConsulate(officer.consulateCode(), offset, limit), offset, AuditTrail.CONSULATE,
        officer.consulateCode(), language, clock.instant());
  }

  @Transactional
  public SupportViews.Detail detail(Officer officer, String reference, Language language) {
    return lookup.read(visible(officer, reference), "consulate view", language, clock.instant());
  }

  /**
   * Assigns the request: {@code assignee} empty means the caller; anyone else needs a supervisor and
   * must be staff of the same consulate ({@code assigneeAccount} is that person's account, if any).
   */
  @Transactional
  public SupportViews.Detail assign(Officer officer, boolean supervisor, String reference, String assignee,
      Optional<Officer> assigneeAccount, Language language) {
    SupportRequest r = visible(officer, reference);
    String who = SupportRequestService.clean(assignee) == null ? officer.username() : assignee.strip();
    if (!who.equals(officer.username())) {
      if (!supervisor) {
        throw new AssignmentNotAllowedException(officer.username(), who);
      }
      boolean staff = assigneeAccount.filter(a -> !a.isAgencyUser() && r.consulateCode().equals(a.consulateCode())).isPresent();
      if (!staff) {
        throw new InvalidReportException(List.of(Violation.of("assignee", "error.support.unknownAssignee", who)), language);
      }
    }
    r.assign(who, actor(officer), clock.instant());
    return changed(r, "assigned to " + who, language);
  }

  @Transactional
  public SupportViews.Detail recordAction(Officer officer, String reference, String what, Language language) {
    SupportRequest r = visible(officer, reference);
    String text = requiredText("description", what, language);
    r.recordAction(text, actor(officer), clock.instant());
    return changed(r, "action recorded", language);
  }

  /** Stores the file (checked by content) and attaches it; returns its chain of custody, SHA-256 included. */
  @Transactional
  public SupportViews.ResultFile attach(Officer officer, String reference, UploadedFile file, Language language) {
    SupportRequest r = visible(officer, reference);
    List<Violation> problems = attachmentPolicy.check(List.of(file), contentTypes).stream()
        .map(v -> new Violation("file", v.messageKey(), v.arguments())).toList();
    if (file.content().length == 0) {
      problems = List.of(Violation.of("file", "error.required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidReportException(problems, language);
    }
    StoredFile stored = attachmentStore.store(file.content(), contentTypes.detect(file.content()));
    SupportResultFile attached = r.attach(stored, SupportFormat.safeName(file.fileName()), actor(officer), clock.instant());
    requests.flush();
    changed(r, "result " + attached.id() + " sha256=" + attached.sha256(), language);
    return SupportFormat.file(attached);
  }

  /** Closes with COMPLETED or UNABLE and a summary; queues the result for the requesting agency. */
  @Transactional
  public SupportViews.Detail close(Officer officer, String reference, String outcome, String summary, Language language) {
    SupportRequest r = visible(officer, reference);
    SupportOutcome o = null;
    List<Violation> problems = new java.util.ArrayList<>();
    if (SupportRequestService.clean(outcome) == null) {
      problems.add(Violation.of("outcome", "error.required"));
    } else {
      try {
        o = SupportOutcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(Violation.of("outcome", "error.unknownCode", outcome.strip()));
      }
    }
    String text = SupportRequestService.clean(summary);
    if (text == null) {
      problems.add(Violation.of("summary", "error.required"));
    } else if (text.length() > SupportRequestService.MAX_TEXT) {
      problems.add(Violation.of("summary", "error.tooLong", SupportRequestService.MAX_TEXT));
    }
    if (!problems.isEmpty()) {
      throw new InvalidReportException(problems, language);
    }
    Instant now = clock.instant();
    r.close(o, text, actor(officer), now);
    requests.flush();
    results.queue(r, lookup.consulateName(r.consulateCode()), now);
    return changed(r, "closed " + o + "; result queued for " + r.requestingAgency(), language);
  }

  @Transactional
  public SupportViews.Content result(Officer officer, String reference, long resultId) {
    return lookup.download(visible(officer, reference), resultId);
  }

  private SupportViews.Detail changed(SupportRequest r, String what, Language language) {
    audit.record(AuditActions.SUPPORT_REQUEST_CHANGED, AuditTrail.CASE, r.folio(), "support request " + r.reference() + ": " + what);
    return lookup.detail(r, language, clock.instant());
  }

  private SupportRequest visible(Officer officer, String reference) {
    return lookup.visible(reference, r -> !officer.isAgencyUser() && r.consulateCode().equals(officer.consulateCode()));
  }

  private static String requiredText(String field, String text, Language language) {
    String t = SupportRequestService.clean(text);
    if (t == null) {
      throw new InvalidReportException(List.of(Violation.of(field, "error.required")), language);
    }
    if (t.length() > SupportRequestService.MAX_TEXT) {
      throw new InvalidReportException(List.of(Violation.of(field, "error.tooLong", SupportRequestService.MAX_TEXT)), language);
    }
    return t;
  }

  private static Actor actor(Officer officer) {
    return new Actor(officer.username(), officer.role());
  }
}
