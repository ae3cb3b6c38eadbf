package mx.gob.sre.mae.gateway.interfaces.rest;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.sre.mae.gateway.application.intake.InvalidReportException;
import mx.gob.sre.mae.gateway.domain.model.cases.UnknownCaseException;
import mx.gob.sre.mae.gateway.infrastructure.security.CurrentOfficer;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;

/** One mapper per error family; every error leaves as application/problem+json in the request's language. */
public final class ProblemMappers {

  private ProblemMappers() {}

  static Response problem(String kind, int status, String detailKey, Language language, Object... args) {
    return Problem.of(kind, Messages.text(language, "error.title"), status, Messages.text(language, detailKey, args), language.tag())
        .toResponse();
  }

  /** 400: every problem of a report, each with its field and a message in the reporter's language. */
  @Provider
  public static class InvalidReport implements ExceptionMapper<InvalidReportException> {
    @Override
    public Response toResponse(InvalidReportException e) {
      Language language = e.language();
      var violations = e.violations().stream()
          .map(v -> new Problem.FieldProblem(v.field(), v.message(language.locale())))
          .toList();
      return new Problem("https://mae.sre.gob.mx/problems/validation", Messages.text(language, "error.title"), 400,
              Messages.text(language, "error.validation"), language.tag(), null, violations)
          .toResponse();
    }
  }

  /** Base of mappers that answer in the language of the request (?lang=, Accept-Language). */
  abstract static class LanguageAware<E extends Throwable> implements ExceptionMapper<E> {
    @Context HttpHeaders headers;
    @Context UriInfo uri;

    Language language() {
      return RequestLanguage.of(headers, uri);
    }
  }

  /** A mapper whose answer depends only on the exception's type. */
  abstract static class Fixed<E extends Throwable> extends LanguageAware<E> {
    private final String kind;
    private final int status;
    private final String detailKey;

    Fixed(String kind, int status, String detailKey) {
      this.kind = kind;
      this.status = status;
      this.detailKey = detailKey;
    }

    @Override
    public Response toResponse(E e) {
      return problem(kind, status, detailKey, language());
    }
  }

  /** 400: the body is not JSON or does not fit the schema's types. */
  @Provider
  public static class MalformedJson extends Fixed<JsonbException> {
    public MalformedJson() {
      super("malformed", 400, "error.malformed");
    }
  }

  @Provider
  public static class MalformedJsonParsing extends Fixed<JsonParsingException> {
    public MalformedJsonParsing() {
      super("malformed", 400, "error.malformed");
    }
  }

  /** 400: the JSON provider failed to read the body (Jersey wraps JSON-B errors this way). */
  @Provider
  public static class Unreadable extends Fixed<ProcessingException> {
    public Unreadable() {
      super("malformed", 400, "error.malformed");
    }
  }

  /** 404 for a folio that does not exist or is not the caller's to see: the two are indistinguishable. */
  @Provider
  public static class UnknownCase extends Fixed<UnknownCaseException> {
    public UnknownCase() {
      super("not-found", 404, "error.notFound");
    }
  }

  @Provider
  public static class UnknownDelivery extends Fixed<mx.gob.sre.mae.gateway.domain.model.delivery.UnknownDeliveryException> {
    public UnknownDelivery() {
      super("not-found", 404, "error.notFound");
    }
  }

  /** 409: a stored file fails its SHA-256 check and is withheld; the failure is on the audit record. */
  @Provider
  public static class AttachmentIntegrity extends Fixed<mx.gob.sre.mae.gateway.application.query.AttachmentDownloads.IntegrityException> {
    public AttachmentIntegrity() {
      super("integrity", 409, "error.integrity");
    }
  }

  /** 409: the delivery is not in a state that allows the operation. */
  @Provider
  public static class DeliveryState extends Fixed<mx.gob.sre.mae.gateway.domain.model.delivery.DeliveryStateException> {
    public DeliveryState() {
      super("conflict", 409, "error.conflict");
    }
  }

  @Provider
  public static class InvalidTranslation extends Fixed<mx.gob.sre.mae.gateway.application.routing.TranslationService.InvalidTranslationException> {
    public InvalidTranslation() {
      super("validation", 400, "error.invalidTranslation");
    }
  }

  /** 404: a phone webhook for a number no consulate answers, or for a call never begun. */
  @Provider
  public static class UnknownLine extends Fixed<mx.gob.sre.mae.gateway.application.phone.UnknownLineException> {
    public UnknownLine() {
      super("not-found", 404, "error.notFound");
    }
  }

  @Provider
  public static class UnknownCall extends Fixed<mx.gob.sre.mae.gateway.application.phone.VoiceService.UnknownCallException> {
    public UnknownCall() {
      super("not-found", 404, "error.notFound");
    }
  }

  /** 404 for a visa request that does not exist, or not with this code, or not of the officer's consulate. */
  @Provider
  public static class UnknownVisaRequest extends Fixed<mx.gob.sre.mae.gateway.domain.model.visa.UnknownVisaRequestException> {
    public UnknownVisaRequest() {
      super("not-found", 404, "error.notFound");
    }
  }

  /** 409: the request's status does not allow it (decided, or approval with documents missing). */
  @Provider
  public static class VisaState extends LanguageAware<mx.gob.sre.mae.gateway.domain.model.visa.VisaStateException> {
    @Override
    public Response toResponse(mx.gob.sre.mae.gateway.domain.model.visa.VisaStateException e) {
      Language language = language();
      if (e instanceof mx.gob.sre.mae.gateway.domain.model.visa.VisaRequest.IncompleteChecklistException incomplete) {
        String missing = incomplete.missing().stream().map(t -> Messages.text(language, "visa.document." + t.name()))
            .collect(java.util.stream.Collectors.joining(", "));
        return problem("conflict", 409, "error.visa.incomplete", language, missing);
      }
      return problem("conflict", 409, "error.visa.state", language);
    }
  }

  /** 400: a PFIF document that is not PFIF 1.4 (or not XML), saying what and where in the caller's language. */
  @Provider
  public static class InvalidPfif extends LanguageAware<mx.gob.sre.mae.routes.pfif.PfifFormatException> {
    @Override
    public Response toResponse(mx.gob.sre.mae.routes.pfif.PfifFormatException e) {
      return problem("pfif", 400, "error.pfif." + e.reason().name(), language(), e.args().toArray());
    }
  }

  /** 404 for a support request that does not exist or is not the caller's agency's or consulate's. */
  @Provider
  public static class UnknownSupportRequest extends Fixed<mx.gob.sre.mae.gateway.domain.model.support.UnknownSupportRequestException> {
    public UnknownSupportRequest() {
      super("not-found", 404, "error.notFound");
    }
  }

  /** 409: the support request is closed, or not assigned yet. */
  @Provider
  public static class SupportState extends Fixed<mx.gob.sre.mae.gateway.domain.model.support.SupportStateException> {
    public SupportState() {
      super("conflict", 409, "error.support.state");
    }
  }

  /** 403: an officer assigning a support request to someone else. */
  @Provider
  public static class SupportAssignment extends Fixed<mx.gob.sre.mae.gateway.application.support.AssignmentNotAllowedException> {
    public SupportAssignment() {
      super("forbidden", 403, "error.support.assignSelf");
    }
  }

  /** 404: a notification or authority that does not exist or is not the caller's (another authority's, another consulate's). */
  @Provider
  public static class UnknownNotification extends Fixed<mx.gob.sre.mae.gateway.domain.model.authority.UnknownNotificationException> {
    public UnknownNotification() {
      super("not-found", 404, "error.notFound");
    }
  }

  @Provider
  public static class UnknownAuthority extends Fixed<mx.gob.sre.mae.gateway.domain.model.authority.UnknownAuthorityException> {
    public UnknownAuthority() {
      super("not-found", 404, "error.notFound");
    }
  }

  /** 403: the authority is authenticated but not registered for this notification type. */
  @Provider
  public static class TypeNotAllowed extends Fixed<mx.gob.sre.mae.gateway.domain.model.authority.TypeNotAllowedException> {
    public TypeNotAllowed() {
      super("forbidden", 403, "error.authority.typeNotAllowed");
    }
  }

  /** 409: the notification is already decided, still unclassified, or the case was rejected for it. */
  @Provider
  public static class NotificationState extends Fixed<mx.gob.sre.mae.gateway.domain.model.authority.NotificationStateException> {
    public NotificationState() {
      super("conflict", 409, "error.authority.state");
    }
  }

  @Provider
  public static class NotSignedIn extends Fixed<CurrentOfficer.NotSignedInException> {
    public NotSignedIn() {
      super("forbidden", 403, "error.forbidden");
    }
  }

  /** 400: a request body that fails Bean Validation (outside the report intake). */
  @Provider
  public static class ConstraintViolations extends LanguageAware<jakarta.validation.ConstraintViolationException> {
    @Override
    public Response toResponse(jakarta.validation.ConstraintViolationException e) {
      Language language = language();
      var violations = e.getConstraintViolations().stream()
          .map(v -> {
            String template = v.getMessageTemplate();
            String key = template.startsWith("{") ? template.substring(1, template.length() - 1) : "error.validation";
            String path = v.getPropertyPath().toString();
            return new Problem.FieldProblem(path.substring(path.lastIndexOf('.') + 1), Messages.text(language, key, 200));
          })
          .toList();
      return new Problem("https://mae.sre.gob.mx/problems/validation", Messages.text(language, "error.title"), 400,
              Messages.text(language, "error.validation"), language.tag(), null, violations)
          .toResponse();
    }
  }

  /** JAX-RS's own errors (404, 405, 406, 413, 415, 400…) with a localized body. */
  @Provider
  public static class Http extends LanguageAware<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      Language language = language();
      if (status >= 500) {
        return LastResort.incident(e, language);
      }
      return switch (status) {
        case 400 -> problem("malformed", 400, "error.malformed", language);
        case 401 -> problem("unauthorized", 401, "error.unauthorized", language);
        case 403 -> problem("forbidden", 403, "error.forbidden", language);
        case 404 -> problem("not-found", 404, "error.notFound", language);
        case 405 -> problem("method-not-allowed", 405, "error.notAllowed", language);
        case 413 -> problem("too-large", 413, "error.tooLarge", language, RequestSizeFilter.maxKilobytes() / 1024.0);
        case 415 -> problem("unsupported-media-type", 415, "error.unsupportedType", language);
        default -> problem("http-" + status, status, "error.validation", language);
      };
    }
  }

  /** 500 with an incident id to quote, never a stack trace; the trace goes to the log under that id. */
  @Provider
  public static class LastResort extends LanguageAware<Throwable> {
    private static final Logger LOG = Logger.getLogger(LastResort.class.getName());

    @Override
    public Response toResponse(Throwable e) {
      return incident(e, language());
    }

    static Response incident(Throwable e, Language language) {
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Incident " + incident, e);
      return new Problem("https://mae.sre.gob.mx/problems/incident", Messages.text(language, "error.title"), 500,
              Messages.text(language, "error.internal", incident), language.tag(), incident, java.util.List.of())
          .toResponse();
    }
  }
}
