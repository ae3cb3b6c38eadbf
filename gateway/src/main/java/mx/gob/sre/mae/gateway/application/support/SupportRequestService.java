package mx.gob.sre.mae.gateway.application.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mx.gob.sre.mae.gateway.application.audit.AuditActions;
import mx.gob.sre.mae.gateway.application.audit.AuditTrail;
import mx.gob.sre.mae.gateway.application.delivery.ConsulateAlerts;
import mx.gob.sre.mae.gateway.application.intake.InvalidReportException;
import mx.gob.sre.mae.gateway.application.intake.Violation;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseFile;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseRepository;
import mx.gob.sre.mae.gateway.domain.model.cases.Folio;
import mx.gob.sre.mae.gateway.domain.model.cases.UnknownCaseException;
import mx.gob.sre.mae.gateway.domain.model.delivery.DeliveryRepository;
import mx.gob.sre.mae.gateway.domain.model.people.Officer;
import mx.gob.sre.mae.gateway.domain.model.support.SupportEvent.Actor;
import mx.gob.sre.mae.gateway.domain.model.support.SupportReference;
import mx.gob.sre.mae.gateway.domain.model.support.SupportRequest;
import mx.gob.sre.mae.gateway.domain.model.support.SupportRequestRepository;
import mx.gob.sre.mae.gateway.domain.model.support.SupportType;
import mx.gob.sre.mae.gateway.domain.model.support.UnknownSupportRequestException;
import mx.gob.sre.mae.i18n.Language;

/**
 * The requesting agency's side of support requests (General Law art. 89). An agency may ask only
 * about a case routed to it (a delivery of the case to that agency exists); any other folio is "not
 * found", as is a folio that does not exist. The request goes to the case's consulate unless the
 * agency names another one (where the relative lives). The consulate is alerted in the same
 * transaction. An agency sees only its own requests; an administrator sees every request.
 */
@ApplicationScoped
public class SupportRequestService {

  static final int MAX_TEXT = 4000;
  /** A due date without a time means the end of that day in Mexico City, where the requesting authorities are. */
  static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");

  @Inject SupportRequestRepository requests;
  @Inject CaseRepository cases;
  @Inject DeliveryRepository deliveries;
  @Inject ConsulateAlerts alerts;
  @Inject AuditTrail audit;
  @Inject SupportLookup lookup;

  private final Clock clock = Clock.systemUTC();

  @Transactional
  public SupportViews.Detail create(Officer user, SupportRequestCommand command, Language language) {
    String agency = agencyOf(user);
    Instant now = clock.instant();
    List<Violation> problems = new ArrayList<>();
    SupportType type = type(command.type(), problems);
    String description = clean(command.description());
    if (description == null) {
      problems.add(Violation.of("description", "error.required"));
    } else if (description.length() > MAX_TEXT) {
      problems.add(Violation.of("description", "error.tooLong", MAX_TEXT));
    }
    Instant dueAt = dueAt(command.dueDate(), now, problems);
    String folio = clean(command.folio());
    if (folio == null) {
      problems.add(Violation.of("folio", "error.required"));
    }
    String consulate = clean(command.consulate());
    if (consulate != null && !lookup.consulateExists(consulate.toUpperCase(Locale.ROOT))) {
      problems.add(Violation.of("consulate", "error.unknownConsulate"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidReportException(problems, language);
    }
    CaseFile c = routedCase(folio, agency);
    String to = consulate == null ? c.consulateCode() : consulate.toUpperCase(Locale.ROOT);
    SupportReference reference = SupportReference.of(now.atZone(ZoneOffset.UTC).getYear(), requests.nextReferenceSerial());
    SupportRequest r = SupportRequest.request(reference, c.id(), c.folio().value(), agency, to, type, description, dueAt,
        new Actor(user.username(), user.role()), now);
    requests.add(r);
    alerts.raiseFor(to, reference.value(), "SUPPORT_REQUESTED", agency,
        type.name() + " for case " + c.folio().value() + ", due " + dueAt);
    audit.record(AuditActions.SUPPORT_REQUEST_CREATED, AuditTrail.CASE, c.folio().value(),
        "support request " + reference + " from " + agency + " to consulate " + to + ": " + type);
    return lookup.detail(r, language, now);
  }

  @Transactional
  public List<SupportViews.Summary> list(Officer user, int offset, int limit, Language language) {
    String agency = user.isAgencyUser() ? user.agencyCode() : null;
    return lookup.summaries(requests.ofAgency(agency, offset, limit), offset, AuditTrail.AGENCY, agency == null ? "*" : agency,
        language, clock.instant());
  }

  @Transactional
  public SupportViews.Detail detail(Officer user, String reference, Language language) {
    return lookup.read(visible(user, reference), "agency view", language, clock.instant());
  }

  @Transactional
  public SupportViews.Content result(Officer user, String reference, long resultId) {
    return lookup.download(visible(user, reference), resultId);
  }

  /** The agency's own requests; every request for an administrator (no agency). */
  private SupportRequest visible(Officer user, String reference) {
    return lookup.visible(reference, r -> !user.isAgencyUser() || r.requestingAgency().equals(user.agencyCode()));
  }

  /** The case, if it exists and was routed to the agency; otherwise not found, whichever it is. */
  private CaseFile routedCase(String folio, String agency) {
    Optional<CaseFile> c = Folio.isWellFormed(folio) ? cases.find(Folio.parse(folio)) : Optional.empty();
    return c.filter(x -> deliveries.recipientsOf(x.id()).contains(agency)).orElseThrow(() -> new UnknownCaseException(folio));
  }

  private static String agencyOf(Officer user) {
    if (!user.isAgencyUser()) {
      throw new UnknownSupportRequestException("(new)");
    }
    return user.agencyCode();
  }

  private static SupportType type(String text, List<Violation> problems) {
    String t = clean(text);
    if (t == null) {
      problems.add(Violation.of("type", "error.required"));
      return null;
    }
    try {
      return SupportType.valueOf(t.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(Violation.of("type", "error.unknownCode", t));
      return null;
    }
  }

  /** A date-time with offset, or a date meaning the end of that day in Mexico City; it must be in the future. */
  static Instant dueAt(String text, Instant now, List<Violation> problems) {
    String t = clean(text);
    if (t == null) {
      problems.add(Violation.of("dueDate", "error.required"));
      return null;
    }
    Instant due;
    try {
      due = t.length() <= 10
          ? LocalDate.parse(t).atTime(LocalTime.MAX).atZone(MEXICO_CITY).toInstant()
          : OffsetDateTime.parse(t).toInstant();
    } catch (DateTimeParseException e) {
      problems.add(Violation.of("dueDate", "error.invalidDate", t));
      return null;
    }
    if (!due.isAfter(now)) {
      problems.add(Violation.of("dueDate", "error.support.dueInPast"));
    }
    return due;
  }

  static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
