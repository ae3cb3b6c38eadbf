package mx.gob.sre.mae.gateway.application.visa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import mx.gob.sre.mae.gateway.application.intake.AccessCodes;
import mx.gob.sre.mae.gateway.application.intake.AttachmentPolicy;
import mx.gob.sre.mae.gateway.application.intake.AttachmentStore;
import mx.gob.sre.mae.gateway.application.intake.ContentTypeDetector;
import mx.gob.sre.mae.gateway.application.intake.InvalidReportException;
import mx.gob.sre.mae.gateway.application.intake.UploadedFile;
import mx.gob.sre.mae.gateway.application.intake.Violation;
import mx.gob.sre.mae.gateway.application.notify.FamilyNotifier;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseRepository;
import mx.gob.sre.mae.gateway.domain.model.cases.Folio;
import mx.gob.sre.mae.gateway.domain.model.consulate.Consulate;
import mx.gob.sre.mae.gateway.domain.model.consulate.ConsulateRepository;
import mx.gob.sre.mae.gateway.domain.model.delivery.DeliveryRepository;
import mx.gob.sre.mae.gateway.domain.model.notify.FamilyMessagePurpose;
import mx.gob.sre.mae.gateway.domain.model.people.Officer;
import mx.gob.sre.mae.gateway.domain.model.visa.DocumentType;
import mx.gob.sre.mae.gateway.domain.model.visa.UnknownVisaRequestException;
import mx.gob.sre.mae.gateway.domain.model.visa.VisaApplication;
import mx.gob.sre.mae.gateway.domain.model.visa.VisaDecision;
import mx.gob.sre.mae.gateway.domain.model.visa.VisaReference;
import mx.gob.sre.mae.gateway.domain.model.visa.VisaRequest;
import mx.gob.sre.mae.gateway.domain.model.visa.VisaRequestRepository;
import mx.gob.sre.mae.gateway.domain.model.visa.VisaSlot;
import mx.gob.sre.mae.gateway.domain.model.visa.VisaStateException;
import mx.gob.sre.mae.gateway.domain.model.visa.VisaStatus;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;

/**
 * Humanitarian visa requests from application to decision. The public side works with the
 * reference and access code only; a request for a case is accepted only with that case's own access
 * code, and a case that does not exist is refused with the same words as a wrong code. Officers act
 * on their own consulate's requests only (any other reference is "not found"). A final decision
 * queues the notices to INM and the inviting authority in its transaction; a request for documents
 * queues a message to the applicant in their language, also in its transaction.
 */
@ApplicationScoped
public class VisaService {

  /** Who acts for the public side in the history. */
  public static final String APPLICANT = "applicant";
  /** Hashed when a folio names no case, so both refusals cost the same. */
  private static final String NO_CASE = AccessCodes.hash("NO-CASE-0000");

  @Inject VisaRequestRepository requests;
  @Inject CaseRepository cases;
  @Inject ConsulateRepository consulates;
  @Inject AttachmentStore attachmentStore;
  @Inject ContentTypeDetector contentTypes;
  @Inject AttachmentPolicy attachmentPolicy;
  @Inject FamilyNotifier notifier;
  @Inject VisaNotices notices;
  @Inject DeliveryRepository deliveries;
  @Inject VisaLetterRenderer letters;

  private final Clock clock = Clock.systemUTC();

  /** A new request, from the public ({@code officer} null) or entered by an officer for a walk-in. */
  @Transactional
  public VisaViews.Receipt apply(VisaApplicationCommand command, Language uiLanguage, Officer officer) {
    Language language = Language.fromTag(command.language()).orElse(uiLanguage);
    List<Violation> problems = new ArrayList<>();
    VisaApplication application = null;
    try {
      application = VisaApplicationValidator.validate(command, language);
    } catch (InvalidReportException e) {
      problems.addAll(e.violations());
    }
    String consulate = officer != null ? officer.consulateCode() : VisaApplicationValidator.clean(command.consulate());
    if (consulate == null) {
      problems.add(Violation.of("consulate", "error.required"));
    } else if (consulates.find(consulate.toUpperCase(Locale.ROOT)).isEmpty()) {
      problems.add(Violation.of("consulate", "error.unknownConsulate"));
    } else {
      consulate = consulate.toUpperCase(Locale.ROOT);
    }
    if (command.relatedCase() != null && VisaApplicationValidator.clean(command.relatedCase().folio()) != null
        && !caseVerified(command.relatedCase().folio(), command.relatedCase().accessCode())) {
      problems.add(Violation.of("relatedCase", "error.visa.caseNotVerified"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidReportException(problems.stream().distinct().toList(), language);
    }
    Instant now = clock.instant();
    VisaReference reference = VisaReference.of(now.atZone(ZoneOffset.UTC).getYear(), requests.nextReferenceSerial());
    String code = AccessCodes.generate();
    String actor = officer == null ? APPLICANT : officer.username();
    VisaRequest request = VisaRequest.apply(reference, consulate, AccessCodes.hash(code), application,
        MaeConfig.VISA_FEE_WAIVER_BASIS.get(), actor, now);
    requests.add(request);
    return new VisaViews.Receipt(reference.value(), code, now, consulate);
  }

  /** Folio and access code together; a missing case and a wrong code are the same failure. */
  boolean caseVerified(String folio, String accessCode) {
    var found = Folio.isWellFormed(folio) ? cases.find(Folio.parse(folio)) : java.util.Optional.<mx.gob.sre.mae.gateway.domain.model.cases.CaseFile>empty();
    boolean matches = AccessCodes.matches(accessCode == null ? "" : accessCode, found.map(c -> c.accessCodeHash()).orElse(NO_CASE));
    return found.isPresent() && matches;
  }

  // ---- the applicant's side: reference + access code ----

  @Transactional(Transactional.TxType.SUPPORTS)
  public VisaViews.PublicStatus status(String reference, String code, Language language) {
    VisaRequest r = forApplicant(reference, code);
    return new VisaViews.PublicStatus(r.reference().value(), r.status().name(), label(language, "visa.status.", r.status().name()),
        r.consulateCode(), consulateName(r.consulateCode()), r.createdAt(), r.updatedAt(),
        r.documents().stream().filter(d -> r.missingDocuments().contains(d.type())).map(d -> VisaFormat.item(d, language, false)).toList(),
        slots(r), r.decision() == null ? null : r.decision().name(),
        r.decision() == null ? null : label(language, "visa.decision.", r.decision().name()),
        r.status().isFinal(), r.feeAmount(), r.feeWaiverBasis());
  }

  @Transactional
  public VisaViews.PublicStatus upload(String reference, String code, String type, UploadedFile file, Language language) {
    VisaRequest r = forApplicant(reference, code);
    DocumentType documentType = documentType(r, type, language);
    List<Violation> problems = attachmentPolicy.check(List.of(file), contentTypes).stream()
        .map(v -> new Violation("document", v.messageKey(), v.arguments())).toList();
    if (!problems.isEmpty()) {
      throw new InvalidReportException(problems, language);
    }
    var stored = attachmentStore.store(file.content(), contentTypes.detect(file.content()));
    r.upload(documentType, stored, VisaFormat.safeName(file.fileName(), documentType), APPLICANT, clock.instant());
    return status(reference, code, language);
  }

  @Transactional
  public VisaViews.PublicStatus confirm(String reference, String code, long slotId, Language language) {
    VisaRequest r = forApplicant(reference, code);
    VisaSlot slot = r.slots().stream().filter(s -> s.id() == slotId).findFirst()
        .orElseThrow(() -> new InvalidReportException(List.of(Violation.of("slotId", "error.visa.unknownSlot")), language));
    r.confirm(slot, APPLICANT, clock.instant());
    return status(reference, code, language);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public byte[] letter(String reference, String code) {
    return letter(forApplicant(reference, code));
  }

  private VisaRequest forApplicant(String reference, String code) {
    return find(reference).filter(r -> AccessCodes.matches(code, r.accessCodeHash()))
        .orElseThrow(() -> new UnknownVisaRequestException(reference));
  }

  // ---- officers of the request's consulate ----

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<VisaViews.Summary> list(Officer officer, String status, int offset, int limit) {
    VisaStatus wanted = null;
    if (status != null && !status.isBlank()) {
      try {
        wanted = VisaStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidReportException(List.of(Violation.of("status", "error.unknownCode", status)), Language.DEFAULT);
      }
    }
    return requests.ofConsulate(officer.consulateCode(), wanted, offset, limit).stream()
        .map(r -> new VisaViews.Summary(r.reference().value(), r.status().name(), r.applicantName(), r.nationality(), r.createdAt(),
            r.missingDocuments().stream().map(Enum::name).toList()))
        .toList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public VisaViews.Detail detail(Officer officer, String reference, Language language) {
    VisaRequest r = forOfficer(officer, reference);
    return new VisaViews.Detail(r.reference().value(), r.consulateCode(), r.status().name(), r.language(), r.createdAt(), r.createdBy(),
        r.applicantName(), r.nationality(), r.travelDocumentType().name(), r.travelDocumentNumber(), r.dateOfBirth(), r.email(),
        r.phone(), r.relationship(), r.missingPersonName(), r.relatedFolio(), r.invitationAgency(), r.invitationReference(),
        r.invitationPurpose(), r.invitationFrom(), r.invitationTo(), r.travelFrom(), r.travelTo(), r.feeAmount(), r.feeCurrency(),
        r.feeWaiverBasis(), r.decision() == null ? null : r.decision().name(), r.decisionReasons(), r.decidedAt(), r.decidedBy(),
        r.documents().stream().map(d -> VisaFormat.item(d, language, true)).toList(),
        slots(r),
        r.history().stream().map(e -> new VisaViews.Step(e.recordedAt(), e.actor(), e.action(), e.detail())).toList(),
        deliveries.visaNoticesOf(r.reference().value()).stream()
            .map(d -> new VisaViews.Notice(d.id(), d.recipient(), d.channel(), d.status().name(), d.attempts(), d.deliveredAt(),
                d.ackReference(), d.ackedAt()))
            .toList());
  }

  @Transactional
  public void markSeen(Officer officer, String reference, String type, Language language) {
    VisaRequest r = forOfficer(officer, reference);
    r.markSeenAtCounter(documentType(r, type, language), officer.username(), clock.instant());
  }

  /** Records the request and queues a message to the applicant in their language, by email and/or SMS. */
  @Transactional
  public List<String> requestDocuments(Officer officer, String reference, List<String> types, String note, Language language) {
    VisaRequest r = forOfficer(officer, reference);
    List<DocumentType> wanted = new ArrayList<>();
    for (String type : types == null ? List.<String>of() : types) {
      wanted.add(documentType(r, type, language));
    }
    if (wanted.isEmpty()) {
      wanted.addAll(r.missingDocuments());
    }
    String cleanNote = VisaApplicationValidator.clean(note);
    if (wanted.isEmpty() && cleanNote == null) {
      throw new InvalidReportException(List.of(Violation.of("types", "error.required")), language);
    }
    r.requestDocuments(wanted, cleanNote, officer.username(), clock.instant());
    long round = r.history().stream().filter(e -> e.action().equals("DOCUMENTS_REQUESTED")).count();
    return messageApplicant(r, wanted, cleanNote, round);
  }

  private List<String> messageApplicant(VisaRequest r, List<DocumentType> wanted, String note, long round) {
    Language language = Language.fromTag(r.language()).orElse(Language.DEFAULT);
    String ref = r.reference().value();
    String list = wanted.stream().map(t -> Messages.text(language, "visa.document." + t.name())).collect(Collectors.joining(", "));
    String statusUrl = MaeConfig.PUBLIC_URL.get() + "/visa-status.xhtml?lang=" + language.tag();
    String extra = note == null ? "" : note;
    List<String> channels = new ArrayList<>();
    if (r.email() != null) {
      notifier.queueWithKey(r.consulateCode(), ref, FamilyMessagePurpose.INFORMATION, "EMAIL", r.email(), language,
          Messages.text(language, "visa.docsRequested.subject", ref),
          Messages.text(language, "visa.docsRequested.body", ref, list, extra, statusUrl), null,
          "visa-documents." + ref + "." + round + ".email");
      channels.add("EMAIL");
    }
    if (r.phone() != null) {
      notifier.queueWithKey(r.consulateCode(), ref, FamilyMessagePurpose.INFORMATION, "SMS", r.phone(), language, null,
          Messages.text(language, "visa.docsRequested.sms", ref, list, extra, statusUrl), null,
          "visa-documents." + ref + "." + round + ".sms");
      channels.add("SMS");
    }
    return channels;
  }

  @Transactional
  public VisaViews.Detail offerSlots(Officer officer, String reference, List<String> startTimes, Language language) {
    VisaRequest r = forOfficer(officer, reference);
    Instant now = clock.instant();
    List<Violation> problems = new ArrayList<>();
    List<Instant> starts = new ArrayList<>();
    List<String> given = startTimes == null ? List.of() : startTimes;
    if (given.isEmpty()) {
      problems.add(Violation.of("startTimes", "error.required"));
    }
    for (int i = 0; i < given.size(); i++) {
      String field = "startTimes[" + i + "]";
      try {
        Instant start = OffsetDateTime.parse(given.get(i).strip()).toInstant();
        if (!start.isAfter(now)) {
          problems.add(Violation.of(field, "error.visa.slotInPast"));
        }
        starts.add(start);
      } catch (DateTimeParseException | NullPointerException e) {
        problems.add(Violation.of(field, "error.invalidDate", String.valueOf(given.get(i))));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidReportException(problems, language);
    }
    r.offerSlots(starts, officer.username(), now);
    requests.flush();
    return detail(officer, reference, language);
  }

  /** The decision with its reasons; a final one queues the notices to INM (and the inviting authority). */
  @Transactional
  public VisaViews.Detail decide(Officer officer, String reference, String decision, String reasons, Language language) {
    VisaRequest r = forOfficer(officer, reference);
    List<Violation> problems = new ArrayList<>();
    VisaDecision d = null;
    try {
      d = VisaDecision.valueOf(String.valueOf(decision).strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(Violation.of("decision", "error.unknownCode", String.valueOf(decision)));
    }
    if (VisaApplicationValidator.clean(reasons) == null) {
      problems.add(Violation.of("reasons", "error.visa.reasonsRequired"));
    } else if (reasons.length() > 4000) {
      problems.add(Violation.of("reasons", "error.tooLong", 4000));
    }
    if (!problems.isEmpty()) {
      throw new InvalidReportException(problems, language);
    }
    Instant now = clock.instant();
    if (r.decide(d, reasons, officer.username(), now)) {
      notices.queue(r, consulateName(r.consulateCode()), now);
    }
    requests.flush();
    return detail(officer, reference, language);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public byte[] letter(Officer officer, String reference) {
    return letter(forOfficer(officer, reference));
  }

  /** Requests by consulate and status, and the hours from application to a final decision (no personal data). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public VisaViews.Statistics statistics() {
    return VisaFormat.statistics(requests.timings());
  }

  private VisaRequest forOfficer(Officer officer, String reference) {
    return find(reference).filter(r -> r.consulateCode().equals(officer.consulateCode()))
        .orElseThrow(() -> new UnknownVisaRequestException(reference));
  }

  private java.util.Optional<VisaRequest> find(String reference) {
    return VisaReference.isWellFormed(reference) ? requests.find(VisaReference.parse(reference)) : java.util.Optional.empty();
  }

  private byte[] letter(VisaRequest r) {
    if (!r.status().isFinal()) {
      throw new VisaStateException(r.reference() + " has no final decision yet");
    }
    ZoneId zone = consulates.find(r.consulateCode()).map(Consulate::zone).orElse(ZoneId.of("America/Mexico_City"));
    return letters.render(VisaFormat.letter(r, consulateName(r.consulateCode()), zone));
  }

  private DocumentType documentType(VisaRequest r, String type, Language language) {
    DocumentType t;
    try {
      t = DocumentType.valueOf(String.valueOf(type).strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidReportException(List.of(Violation.of("type", "error.unknownCode", String.valueOf(type))), language);
    }
    if (!r.needs(t)) {
      throw new InvalidReportException(List.of(Violation.of("type", "error.visa.unknownDocument", t.name())), language);
    }
    return t;
  }

  private static List<VisaViews.Slot> slots(VisaRequest r) {
    return r.slots().stream().map(s -> new VisaViews.Slot(s.id(), s.startsAt(), s.confirmed())).toList();
  }

  private static String label(Language language, String prefix, String code) {
    return Messages.text(language, prefix + code);
  }

  private String consulateName(String code) {
    return consulates.find(code).map(Consulate::name).orElse(code);
  }
}
