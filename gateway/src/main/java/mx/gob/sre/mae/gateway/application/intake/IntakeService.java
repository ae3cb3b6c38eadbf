package mx.gob.sre.mae.gateway.application.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import mx.gob.sre.mae.gateway.application.routing.VersionPublisher;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseContent;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseFile;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseRepository;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseVersion;
import mx.gob.sre.mae.gateway.domain.model.cases.Folio;
import mx.gob.sre.mae.gateway.domain.model.cases.StoredFile;
import mx.gob.sre.mae.gateway.domain.model.consulate.ConsulateRepository;

/**
 * Turns a report from any channel into a committed case: validates it, gives it a folio and an
 * access code, stores version 1 and its attachments, and queues one delivery per recipient in the
 * same transaction (the outbox), then announces it so delivery starts at once. The caller
 * answers the reporter only after this method has returned, i.e. after the commit.
 */
@ApplicationScoped
public class IntakeService {

  @Inject CaseRepository cases;
  @Inject ConsulateRepository consulates;
  @Inject ReportValidator validator;
  @Inject AttachmentStore attachmentStore;
  @Inject ContentTypeDetector contentTypes;
  @Inject AttachmentPolicy attachmentPolicy;
  @Inject VersionPublisher versions;
  @Inject mx.gob.sre.mae.gateway.application.matching.CaseLinking linking;

  private final Clock clock = Clock.systemUTC();

  @Transactional
  public IntakeReceipt file(ReportCommand command, IntakeContext context, List<UploadedFile> files) {
    List<Violation> problems = new ArrayList<>();
    String language = ReportValidator.originalLanguage(command, context.uiLanguage(), problems);
    String consulate = consulateFor(command, context, problems);
    problems.addAll(attachmentPolicy().check(files, contentTypes));
    CaseContent content;
    try {
      content = validator.toContent(command, context.uiLanguage(), context.preliminary());
    } catch (InvalidReportException e) {
      problems.addAll(0, e.violations());
      throw new InvalidReportException(problems, context.uiLanguage());
    }
    if (!problems.isEmpty()) {
      throw new InvalidReportException(problems, context.uiLanguage());
    }

    Instant now = clock.instant();
    Folio folio = Folio.of(now.atZone(ZoneOffset.UTC).getYear(), cases.nextFolioSerial());
    String accessCode = AccessCodes.generate();
    CaseFile caseFile =
        CaseFile.open(folio, context.channel(), consulate, language, AccessCodes.hash(accessCode), context.recordedBy(), now);
    if (context.preliminary()) {
      caseFile.markPreliminary();
    }
    CaseVersion first = caseFile.recordVersion(content, context.recordedBy(), "intake", now);
    for (UploadedFile f : files) {
      StoredFile stored = attachmentStore.store(f.content(), contentTypes.detect(f.content()));
      caseFile.attach(stored, safeName(f.fileName()), context.recordedBy(), now);
    }
    cases.add(caseFile);
    // a repeat report of a person already reported becomes an update of the first case, not a new one
    java.util.Optional<String> linkedInto = linking.onIntake(caseFile, first, !context.officerSaysNewPerson());
    if (linkedInto.isEmpty()) {
      versions.publish(caseFile, first, now);
    } else {
      versions.recordOnly(caseFile, first, "; linked into " + linkedInto.get() + ", routed as its update");
    }
    return new IntakeReceipt(folio, accessCode, now, consulate);
  }

  public AttachmentPolicy attachmentPolicy() {
    return attachmentPolicy;
  }

  private String consulateFor(ReportCommand command, IntakeContext context, List<Violation> problems) {
    if (context.consulateCode() != null) {
      return context.consulateCode();
    }
    String requested = ReportValidator.clean(command.getConsulate());
    if (requested == null) {
      return ConsulateRepository.CENTRAL_DESK;
    }
    if (consulates.find(requested).isEmpty()) {
      problems.add(Violation.of("consulate", "error.unknownConsulate"));
    }
    return requested;
  }

  /** Keeps a file name for display only: no path, no control characters, bounded length. */
  public static String safeName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
    if (base.isEmpty()) {
      base = "attachment";
    }
    return base.length() > 200 ? base.substring(base.length() - 200) : base;
  }
}
