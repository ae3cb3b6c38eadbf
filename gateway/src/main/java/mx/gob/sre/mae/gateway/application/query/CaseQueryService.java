package mx.gob.sre.mae.gateway.application.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import mx.gob.sre.mae.gateway.application.audit.AuditActions;
import mx.gob.sre.mae.gateway.application.audit.AuditTrail;
import mx.gob.sre.mae.gateway.application.intake.AccessCodes;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseFile;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseRepository;
import mx.gob.sre.mae.gateway.domain.model.cases.Folio;
import mx.gob.sre.mae.gateway.domain.model.cases.UnknownCaseException;
import mx.gob.sre.mae.gateway.domain.model.consulate.Consulate;
import mx.gob.sre.mae.gateway.domain.model.consulate.ConsulateRepository;
import mx.gob.sre.mae.gateway.domain.model.delivery.DeliveryRepository;
import mx.gob.sre.mae.gateway.application.delivery.ConsulateAlerts;
import mx.gob.sre.mae.gateway.domain.model.people.Officer;

/**
 * Reads of cases. Scope is enforced here, not in pages: the public sees status only with the right
 * access code; an officer sees only the cases of their own consulate, and any other folio is
 * answered exactly like a folio that does not exist.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseQueryService {

  @Inject CaseRepository cases;
  @Inject ConsulateRepository consulates;
  @Inject DeliveryRepository deliveries;
  @Inject ConsulateAlerts alerts;
  @Inject AuditTrail audit;

  /** Open alerts of the officer's consulate (parked deliveries, overdue acknowledgements, questions). */
  public List<ConsulateAlerts.Alert> alertsOf(Officer officer) {
    return alerts.open(officer.consulateCode());
  }

  public Optional<PublicStatus> publicStatus(String folio, String accessCode) {
    if (!Folio.isWellFormed(folio) || accessCode == null) {
      return Optional.empty();
    }
    Optional<PublicStatus> status = cases.find(Folio.parse(folio))
        .filter(c -> AccessCodes.matches(accessCode, c.accessCodeHash()))
        .map(c -> new PublicStatus(c.folio().value(), c.status().name(), c.createdAt(), c.updatedAt(), consulateName(c.consulateCode())));
    status.ifPresent(s -> audit.record(AuditActions.STATUS_READ, AuditTrail.CASE, s.folio(), "status " + s.status()));
    return status;
  }

  public List<CaseSummary> casesOf(Officer officer, int offset, int limit) {
    List<CaseSummary> list = cases.ofConsulate(officer.consulateCode(), offset, limit).stream()
        .map(c -> new CaseSummary(
            c.folio().value(), c.createdAt(), c.channel().name(),
            c.current().content().missingPersons().get(0).fullName(),
            c.currentVersionNumber(), c.status().name(), c.preliminary()))
        .toList();
    audit.record(AuditActions.CASE_LIST, AuditTrail.CONSULATE, officer.consulateCode(),
        "offset " + offset + ", " + list.size() + " case(s): " + String.join(" ", list.stream().map(CaseSummary::folio).toList()));
    return list;
  }

  public CaseDetail caseFor(Officer officer, String folio) {
    CaseFile c = visibleCase(officer, folio);
    audit.record(AuditActions.CASE_READ, AuditTrail.CASE, c.folio().value(), "version " + c.currentVersionNumber());
    return new CaseDetail(
        c.folio().value(), c.channel().name(), c.consulateCode(), consulateName(c.consulateCode()),
        c.originalLanguage(), c.status().name(), c.createdAt(), c.createdBy(), c.currentVersionNumber(),
        c.current().content(),
        c.versions().stream()
            .map(v -> new CaseDetail.VersionInfo(v.number(), v.recordedAt(), v.recordedBy(), v.reason()))
            .toList(),
        c.attachments().stream()
            .map(a -> new CaseDetail.AttachmentInfo(a.id(), a.fileName(), a.mediaType(), a.size(), a.sha256(), a.versionNumber()))
            .toList(),
        c.flags(),
        deliveries.ofCase(c.id()).stream()
            .map(d -> new CaseDetail.RecipientInfo(d.recipient(), d.caseVersion(), d.channel(), d.status().name(), d.attempts(),
                d.createdAt(), d.deliveredAt(), d.ackReference(), d.ackedAt(), d.lastError()))
            .toList(),
        c.current().translations(),
        c.noticesAt(c.currentVersionNumber()));
  }

  /** The case if it exists and belongs to the officer's consulate; otherwise {@link UnknownCaseException}. */
  public CaseFile visibleCase(Officer officer, String folio) {
    if (!Folio.isWellFormed(folio)) {
      throw new UnknownCaseException(folio);
    }
    return cases.find(Folio.parse(folio))
        .filter(c -> c.consulateCode().equals(officer.consulateCode()))
        .orElseThrow(() -> new UnknownCaseException(folio));
  }

  public String consulateName(String code) {
    return consulates.find(code).map(Consulate::name).orElse(code);
  }
}
