package mx.gob.sre.mae.gateway.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.gob.sre.mae.gateway.application.intake.AttachmentPolicy;
import mx.gob.sre.mae.gateway.application.intake.AttachmentStore;
import mx.gob.sre.mae.gateway.application.intake.CaseAdditions;
import mx.gob.sre.mae.gateway.application.intake.ContentTypeDetector;
import mx.gob.sre.mae.gateway.application.intake.IntakeContext;
import mx.gob.sre.mae.gateway.application.intake.IntakeReceipt;
import mx.gob.sre.mae.gateway.application.intake.IntakeService;
import mx.gob.sre.mae.gateway.application.intake.LastSeenData;
import mx.gob.sre.mae.gateway.application.intake.MissingPersonData;
import mx.gob.sre.mae.gateway.application.intake.ReportCommand;
import mx.gob.sre.mae.gateway.application.intake.ReporterData;
import mx.gob.sre.mae.gateway.application.intake.UploadedFile;
import mx.gob.sre.mae.gateway.application.notify.FamilyNotifier;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseFile;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseRepository;
import mx.gob.sre.mae.gateway.domain.model.cases.Channel;
import mx.gob.sre.mae.gateway.domain.model.cases.Folio;
import mx.gob.sre.mae.gateway.domain.model.cases.StoredFile;
import mx.gob.sre.mae.gateway.domain.model.mail.ReceivedEmail;
import mx.gob.sre.mae.gateway.domain.model.mail.ReceivedEmailRepository;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.routes.mail.EmailOutcome;
import mx.gob.sre.mae.routes.mail.ParsedEmail;

/** The transactional steps of the email intake: each one commits the email's record with its effect. */
@ApplicationScoped
public class EmailTransactions {

  /** What the intake did, and what the acknowledgement needs. */
  public record Result(EmailOutcome outcome, String accessCode, String replyTo, String language) {}

  @Inject ReceivedEmailRepository emails;
  @Inject IntakeService intake;
  @Inject CaseRepository cases;
  @Inject CaseAdditions additions;
  @Inject AttachmentStore store;
  @Inject AttachmentPolicy policy;
  @Inject ContentTypeDetector contentTypes;
  @Inject FamilyNotifier notifier;
  @Inject mx.gob.sre.mae.gateway.application.authority.AuthorityEmails authorityEmails;

  private final Clock clock = Clock.systemUTC();

  @Transactional
  public Result quarantine(String consulate, String messageKey, StoredFile raw, String error) {
    if (emails.contains(messageKey)) {
      return new Result(new EmailOutcome(EmailOutcome.Kind.DUPLICATE, null, messageKey), null, null, null);
    }
    emails.add(new ReceivedEmail(messageKey, consulate, EmailOutcome.Kind.QUARANTINED.name(), null, null, null, null,
        raw.sha256(), raw.storageKey(), error, clock.instant()));
    return new Result(new EmailOutcome(EmailOutcome.Kind.QUARANTINED, null, messageKey), null, null, null);
  }

  @Transactional
  public Result take(String consulate, ParsedEmail mail, StoredFile raw) {
    String key = mail.messageKey();
    if (emails.contains(key)) {
      return new Result(new EmailOutcome(EmailOutcome.Kind.DUPLICATE, null, key), null, null, null);
    }
    if (mail.autoSubmitted()) {
      record(consulate, mail, raw, EmailOutcome.Kind.IGNORED, null);
      return new Result(new EmailOutcome(EmailOutcome.Kind.IGNORED, null, key), null, null, null);
    }
    var authority = authorityEmails.sender(consulate, mail.from());
    if (authority.isPresent()) {
      // a registered authority's notification (of unknown type) for an officer; never a family's report
      authorityEmails.take(authority.get(), mail, files(mail));
      record(consulate, mail, raw, EmailOutcome.Kind.AUTHORITY, null);
      return new Result(new EmailOutcome(EmailOutcome.Kind.AUTHORITY, null, key), null, null, null);
    }
    Optional<CaseFile> reply = Optional.ofNullable(mail.folioInSubject())
        .filter(Folio::isWellFormed)
        .flatMap(f -> cases.find(Folio.parse(f)))
        .filter(c -> c.consulateCode().equals(consulate));
    if (reply.isPresent()) {
      String folio = reply.get().folio().value();
      additions.append(reply.get(), "email", mail.from(), "email from the family", mail.text());
      record(consulate, mail, raw, EmailOutcome.Kind.APPENDED, folio);
      return new Result(new EmailOutcome(EmailOutcome.Kind.APPENDED, folio, key), null, null, null);
    }
    Language ui = Language.fromTag(mail.language()).orElse(Language.ES);
    IntakeReceipt receipt = intake.file(command(mail, ui), new IntakeContext(Channel.EMAIL, consulate, "email", ui, true), files(mail));
    record(consulate, mail, raw, EmailOutcome.Kind.CREATED, receipt.folio().value());
    if (mail.from() != null && !mail.from().isBlank()) {
      notifier.acknowledge(consulate, receipt.folio().value(), "EMAIL", mail.from(), ui, receipt.accessCode());
    }
    return new Result(new EmailOutcome(EmailOutcome.Kind.CREATED, receipt.folio().value(), key), receipt.accessCode(), mail.from(), ui.tag());
  }

  private ReportCommand command(ParsedEmail mail, Language language) {
    ReportCommand command = new ReportCommand();
    command.setLanguage(mail.language() == null ? language.tag() : mail.language());
    ReporterData reporter = new ReporterData();
    reporter.setName(mail.fromName() == null || mail.fromName().isBlank() ? mail.from() : mail.fromName());
    reporter.setEmail(mail.from());
    command.setReporter(reporter);
    MissingPersonData person = new MissingPersonData();
    person.setLastSeen(new LastSeenData());
    command.getMissingPersons().add(person);
    StringBuilder account = new StringBuilder();
    if (mail.subject() != null) {
      account.append(mail.subject()).append("\n\n");
    }
    account.append(mail.text() == null ? "" : mail.text());
    if (mail.quotedText() != null && !mail.quotedText().isBlank()) {
      account.append("\n\n[quoted]\n").append(mail.quotedText());
    }
    for (ParsedEmail.Attachment a : mail.attachments()) {
      if (!accepted(a)) {
        account.append("\n\n[attachment kept in the original message: ").append(a.fileName()).append(", ").append(a.mediaType())
            .append(", ").append(a.size()).append(" bytes]");
      }
    }
    String text = account.toString();
    command.setCircumstances(text.length() > 20000 ? text.substring(0, 19900) + "\n[…truncated; full text in the original message]" : text);
    return command;
  }

  private List<UploadedFile> files(ParsedEmail mail) {
    List<UploadedFile> files = new ArrayList<>();
    for (ParsedEmail.Attachment a : mail.attachments()) {
      if (accepted(a) && files.size() < AttachmentPolicy.MAX_FILES) {
        files.add(new UploadedFile(a.fileName(), a.content()));
      }
    }
    return files;
  }

  private boolean accepted(ParsedEmail.Attachment a) {
    return !a.oversize() && a.content() != null && a.content().length <= policy.maxBytes()
        && AttachmentPolicy.ACCEPTED.contains(contentTypes.detect(a.content()));
  }

  private void record(String consulate, ParsedEmail mail, StoredFile raw, EmailOutcome.Kind kind, String folio) {
    emails.add(new ReceivedEmail(mail.messageKey(), consulate, kind.name(), folio, mail.from(), mail.subject(), mail.language(),
        raw.sha256(), raw.storageKey(), null, clock.instant()));
  }
}
