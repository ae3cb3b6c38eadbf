package mx.gob.sre.mae.gateway.application.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import mx.gob.sre.mae.gateway.application.audit.AuditActions;
import mx.gob.sre.mae.gateway.application.audit.AuditTrail;
import mx.gob.sre.mae.gateway.domain.model.delivery.Delivery;
import mx.gob.sre.mae.gateway.domain.model.delivery.DeliveryRepository;
import mx.gob.sre.mae.gateway.domain.model.delivery.DeliveryStatus;
import mx.gob.sre.mae.gateway.domain.model.delivery.UnknownDeliveryException;
import mx.gob.sre.mae.gateway.domain.model.people.Officer;
import mx.gob.sre.mae.routes.canonical.CanonicalCase;
import mx.gob.sre.mae.routes.canonical.CanonicalJson;
import mx.gob.sre.mae.routes.canonical.SupportResultJson;
import mx.gob.sre.mae.routes.canonical.VisaNotice;
import mx.gob.sre.mae.routes.canonical.VisaNoticeJson;
import mx.gob.sre.mae.routes.delivery.OutboundMessage;
import mx.gob.sre.mae.routes.translate.ComplaintTranslator;
import mx.gob.sre.mae.routes.translate.RecipientDocuments;
import mx.gob.sre.mae.routes.translate.SupportResultPdf;
import mx.gob.sre.mae.routes.translate.VisaNoticePdf;

/**
 * The built-in inbox of each agency: only deliveries addressed to the user's own agency are
 * visible (any other id is answered as unknown). Agencies open the document, acknowledge with
 * their own reference, or ask the consulate for more information.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InboxService {

  @Inject DeliveryRepository deliveries;
  @Inject ConsulateAlerts alerts;
  @Inject AuditTrail audit;

  private final Clock clock = Clock.systemUTC();
  private final RecipientDocuments documents = new RecipientDocuments();

  public List<InboxItem> inbox(Officer user, int offset, int limit) {
    List<InboxItem> items = deliveries.deliveredTo(agencyOf(user), offset, limit).stream().map(InboxService::item).toList();
    audit.record(AuditActions.INBOX_LIST, AuditTrail.AGENCY, agencyOf(user),
        "offset " + offset + ", " + items.size() + " deliverie(s): " + String.join(" ", items.stream().map(InboxItem::folio).toList()));
    return items;
  }

  public InboxItem item(Officer user, long id) {
    return item(visible(user, id, AuditActions.INBOX_ITEM_READ));
  }

  /** The delivered document in the recipient's format (register submission or complaint JSON). */
  public String document(Officer user, long id) {
    return documents.documentFor(message(visible(user, id, AuditActions.DELIVERY_DOCUMENT)));
  }

  /** The Spanish PDF record of the delivered case version, or of the visa notice. */
  public byte[] pdf(Officer user, long id) {
    Delivery d = visible(user, id, AuditActions.DELIVERY_PDF);
    if (d.isVisaNotice()) {
      return VisaNoticePdf.render(VisaNoticeJson.fromJson(d.payload()));
    }
    if (d.isSupportResult()) {
      return SupportResultPdf.render(SupportResultJson.fromJson(d.payload()));
    }
    return new ComplaintTranslator().toPdf(CanonicalJson.fromJson(d.payload()), d.recipient(), d.flags());
  }

  @Transactional
  public InboxItem acknowledge(Officer user, long id, String reference) {
    Delivery d = visible(user, id, AuditActions.DELIVERY_ACKNOWLEDGED);
    d.acknowledge(reference.strip(), user.username(), clock.instant());
    return item(d);
  }

  /** No container transaction: the alert is written by its own short JDBC transaction. */
  public void requestInformation(Officer user, long id, String question) {
    Delivery d = visible(user, id);
    alerts.raise(d.id(), "INFO_REQUESTED", d.recipient() + ": " + question.strip());
  }

  /** The delivery if visible to the user, with the access on record. */
  private Delivery visible(Officer user, long id, String action) {
    Delivery d = visible(user, id);
    audit.record(action, AuditTrail.CASE, d.folio(), "delivery " + d.id() + " to " + d.recipient() + ", version " + d.caseVersion());
    return d;
  }

  private Delivery visible(Officer user, long id) {
    String agency = agencyOf(user);
    return deliveries.find(id)
        .filter(d -> d.recipient().equals(agency) && d.status() == DeliveryStatus.DELIVERED)
        .orElseThrow(() -> new UnknownDeliveryException(id));
  }

  private static String agencyOf(Officer user) {
    if (!user.isAgencyUser()) {
      throw new UnknownDeliveryException(-1);
    }
    return user.agencyCode();
  }

  static OutboundMessage message(Delivery d) {
    return new OutboundMessage(d.kind(), d.id(), d.folio(), d.caseVersion(), d.recipient(), d.channel(), d.idempotencyKey(), d.flags(), d.payload(), d.attempts());
  }

  static InboxItem item(Delivery d) {
    if (d.isVisaNotice()) {
      VisaNotice n = VisaNoticeJson.fromJson(d.payload());
      return new InboxItem(d.id(), d.folio(), d.caseVersion(), d.recipient(), d.channel(), d.flags(), null, null,
          d.deliveredAt(), d.ackDeadline(), d.ackReference(), d.ackedAt(), d.status().name(), d.kind(), n.applicant().name());
    }
    if (d.isSupportResult()) {
      return new InboxItem(d.id(), d.folio(), d.caseVersion(), d.recipient(), d.channel(), d.flags(), null, null,
          d.deliveredAt(), d.ackDeadline(), d.ackReference(), d.ackedAt(), d.status().name(), d.kind(), null);
    }
    CanonicalCase c = CanonicalJson.fromJson(d.payload());
    CanonicalCase.MissingPerson p = c.missingPersons().get(0);
    String name = String.join(" ", java.util.stream.Stream.of(p.givenNames(), p.firstSurname(), p.secondSurname())
        .filter(s -> s != null && !s.isBlank()).toList());
    return new InboxItem(d.id(), d.folio(), d.caseVersion(), d.recipient(), d.channel(), d.flags(), name, p.lastSeenState(),
        d.deliveredAt(), d.ackDeadline(), d.ackReference(), d.ackedAt(), d.status().name(), d.kind(), null);
  }
}
