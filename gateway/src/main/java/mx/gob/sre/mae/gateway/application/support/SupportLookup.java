package mx.gob.sre.mae.gateway.application.support;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import mx.gob.sre.mae.gateway.application.audit.AuditActions;
import mx.gob.sre.mae.gateway.application.audit.AuditTrail;
import mx.gob.sre.mae.gateway.application.intake.AttachmentStore;
import mx.gob.sre.mae.gateway.domain.model.consulate.Consulate;
import mx.gob.sre.mae.gateway.domain.model.consulate.ConsulateRepository;
import mx.gob.sre.mae.gateway.domain.model.delivery.DeliveryRepository;
import mx.gob.sre.mae.gateway.domain.model.support.SupportReference;
import mx.gob.sre.mae.gateway.domain.model.support.SupportRequest;
import mx.gob.sre.mae.gateway.domain.model.support.SupportRequestRepository;
import mx.gob.sre.mae.gateway.domain.model.support.SupportResultFile;
import mx.gob.sre.mae.gateway.domain.model.support.UnknownSupportRequestException;
import mx.gob.sre.mae.i18n.Language;

/** What both sides share: finding a request within the caller's scope, its detail view and its result files. */
@Dependent
class SupportLookup {

  @Inject SupportRequestRepository requests;
  @Inject ConsulateRepository consulates;
  @Inject DeliveryRepository deliveries;
  @Inject AttachmentStore attachments;
  @Inject AuditTrail audit;

  /** The request if the caller may see it; otherwise "not found", as for a reference that does not exist. */
  SupportRequest visible(String reference, Predicate<SupportRequest> inScope) {
    Optional<SupportRequest> found = SupportReference.isWellFormed(reference) ? requests.find(SupportReference.parse(reference)) : Optional.empty();
    return found.filter(inScope).orElseThrow(() -> new UnknownSupportRequestException(reference));
  }

  /** A page of requests as summaries, the listing on the audit record under {@code objectType}/{@code objectId}. */
  List<SupportViews.Summary> summaries(List<SupportRequest> page, int offset, String objectType, String objectId, Language language,
      Instant now) {
    List<SupportViews.Summary> list = page.stream().map(r -> SupportFormat.summary(r, language, now)).toList();
    audit.record(AuditActions.SUPPORT_REQUEST_LIST, objectType, objectId, "offset " + offset + ", " + list.size()
        + " support request(s): " + String.join(" ", list.stream().map(SupportViews.Summary::reference).toList()));
    return list;
  }

  SupportViews.Detail detail(SupportRequest r, Language language, Instant now) {
    return SupportFormat.detail(r, consulateName(r.consulateCode()), deliveries.supportResultsOf(r.reference().value()), language, now);
  }

  /** The detail, its reading on the audit record ({@code side}: which view). */
  SupportViews.Detail read(SupportRequest r, String side, Language language, Instant now) {
    audit.record(AuditActions.SUPPORT_REQUEST_READ, AuditTrail.CASE, r.folio(), "support request " + r.reference() + " (" + side + ")");
    return detail(r, language, now);
  }

  /** A result file's content, its download on the audit record. */
  SupportViews.Content download(SupportRequest r, long resultId) {
    SupportViews.Content content = content(r, resultId);
    audit.record(AuditActions.SUPPORT_RESULT_DOWNLOAD, AuditTrail.CASE, r.folio(),
        "support request " + r.reference() + ", result " + resultId + " (" + content.fileName() + ")");
    return content;
  }

  private SupportViews.Content content(SupportRequest r, long resultId) {
    SupportResultFile f = r.results().stream().filter(x -> x.id() == resultId).findFirst()
        .orElseThrow(() -> new UnknownSupportRequestException(r.reference().value() + "/results/" + resultId));
    try (InputStream in = attachments.open(f.storageKey())) {
      return new SupportViews.Content(f.fileName(), f.mediaType(), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Result " + resultId + " of " + r.reference() + " could not be read", e);
    }
  }

  boolean consulateExists(String code) {
    return consulates.find(code).isPresent();
  }

  String consulateName(String code) {
    return consulates.find(code).map(Consulate::name).orElse(code);
  }
}
