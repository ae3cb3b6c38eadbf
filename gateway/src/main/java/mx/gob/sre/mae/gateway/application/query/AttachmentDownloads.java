package mx.gob.sre.mae.gateway.application.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.Logger;
import mx.gob.sre.mae.gateway.application.audit.AuditActions;
import mx.gob.sre.mae.gateway.application.audit.AuditTrail;
import mx.gob.sre.mae.gateway.application.intake.AttachmentStore;
import mx.gob.sre.mae.gateway.domain.model.cases.Attachment;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseFile;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseRepository;
import mx.gob.sre.mae.gateway.domain.model.cases.Folio;
import mx.gob.sre.mae.gateway.domain.model.cases.UnknownCaseException;
import mx.gob.sre.mae.gateway.domain.model.delivery.Delivery;
import mx.gob.sre.mae.gateway.domain.model.delivery.DeliveryRepository;
import mx.gob.sre.mae.gateway.domain.model.delivery.DeliveryStatus;
import mx.gob.sre.mae.gateway.domain.model.delivery.UnknownDeliveryException;
import mx.gob.sre.mae.gateway.domain.model.people.Officer;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Downloads of case attachments, the chain of custody of seed para 114: a consular officer gets the
 * files of their own consulate's cases; an agency gets the files of a case version delivered to it,
 * named by the SHA-256 its document lists. Every file is checked against the SHA-256 recorded at
 * intake before it leaves, and every download is on the audit record with that hash.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AttachmentDownloads {

  private static final Logger LOG = Logger.getLogger(AttachmentDownloads.class.getName());

  @Inject CaseQueryService query;
  @Inject CaseRepository cases;
  @Inject DeliveryRepository deliveries;
  @Inject AttachmentStore store;
  @Inject AuditTrail audit;

  /** One verified file, ready to send. */
  public record Download(String fileName, String mediaType, String sha256, byte[] content) {}

  /** Thrown when a stored file no longer matches the SHA-256 recorded at intake: it is not sent. */
  public static class IntegrityException extends RuntimeException {
    public IntegrityException(String message) {
      super(message);
    }
  }

  /** An attachment of one of the officer's consulate's cases (404 otherwise, as for an unknown folio). */
  public Download forOfficer(Officer officer, String folio, long attachmentId) {
    CaseFile c = query.visibleCase(officer, folio);
    Attachment a = c.attachments().stream()
        .filter(x -> x.id() != null && x.id() == attachmentId)
        .findFirst()
        .orElseThrow(() -> new UnknownCaseException(folio));
    return send(c, a, "attachment " + a.id());
  }

  /**
   * An attachment of the case version delivered to the agency user's agency, by its SHA-256 (the
   * reference in the delivered document). Attachments added after that version are not the agency's
   * until a later version reaches it.
   */
  public Download forAgency(Officer user, long deliveryId, String sha256) {
    if (!user.isAgencyUser()) {
      throw new UnknownDeliveryException(deliveryId);
    }
    Delivery d = deliveries.find(deliveryId)
        .filter(x -> x.recipient().equals(user.agencyCode()) && x.status() == DeliveryStatus.DELIVERED && x.caseId() != null)
        .orElseThrow(() -> new UnknownDeliveryException(deliveryId));
    CaseFile c = cases.find(Folio.parse(d.folio())).orElseThrow(() -> new UnknownDeliveryException(deliveryId));
    Attachment a = c.attachments().stream()
        .filter(x -> x.sha256().equalsIgnoreCase(sha256 == null ? "" : sha256) && x.versionNumber() <= d.caseVersion())
        .findFirst()
        .orElseThrow(() -> new UnknownDeliveryException(deliveryId));
    return send(c, a, "delivery " + d.id() + " to " + d.recipient() + ", attachment " + a.id());
  }

  private Download send(CaseFile c, Attachment a, String what) {
    byte[] content;
    try (InputStream in = store.open(a.storageKey())) {
      content = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String actual = DigestUtils.sha256Hex(content);
    if (!actual.equalsIgnoreCase(a.sha256())) {
      audit.record(AuditActions.ATTACHMENT_INTEGRITY_FAILURE, AuditTrail.CASE, c.folio().value(),
          what + " recorded sha256 " + a.sha256() + " but stored content has " + actual + "; not sent");
      LOG.severe(() -> "Attachment " + a.id() + " of " + c.folio().value() + " fails its integrity check: recorded "
          + a.sha256() + ", stored " + actual);
      throw new IntegrityException("attachment " + a.id());
    }
    audit.record(AuditActions.ATTACHMENT_DOWNLOAD, AuditTrail.CASE, c.folio().value(),
        what + " \"" + a.fileName() + "\" sha256 " + a.sha256() + ", " + a.size() + " bytes");
    return new Download(a.fileName(), a.mediaType(), a.sha256(), content);
  }
}
