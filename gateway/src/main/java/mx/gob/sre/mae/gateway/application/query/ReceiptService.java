package mx.gob.sre.mae.gateway.application.query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import mx.gob.sre.mae.gateway.application.audit.AuditActions;
import mx.gob.sre.mae.gateway.application.audit.AuditTrail;
import mx.gob.sre.mae.gateway.application.intake.AccessCodes;
import mx.gob.sre.mae.gateway.application.intake.ReceiptData;
import mx.gob.sre.mae.gateway.application.intake.ReceiptRenderer;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseContent;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseFile;
import mx.gob.sre.mae.gateway.domain.model.consulate.Consulate;
import mx.gob.sre.mae.gateway.domain.model.consulate.ConsulateRepository;
import mx.gob.sre.mae.gateway.domain.model.people.Officer;
import mx.gob.sre.mae.i18n.CodeList;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;

/**
 * The printable, bilingual acknowledgement an officer hands to a family. The access code is only
 * known right after intake; a later print issues a new code, which replaces the old one.
 */
@ApplicationScoped
public class ReceiptService {

  @Inject CaseQueryService query;
  @Inject ReceiptRenderer renderer;
  @Inject ConsulateRepository consulates;
  @Inject AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  /** The receipt PDF; {@code accessCode} may be null (a reprint without code). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public byte[] receipt(Officer officer, String folio, String accessCode, String publicUrl) {
    CaseFile c = query.visibleCase(officer, folio);
    if (accessCode != null && !AccessCodes.matches(accessCode, c.accessCodeHash())) {
      accessCode = null;
    }
    audit.record(AuditActions.RECEIPT_PDF, AuditTrail.CASE, c.folio().value(), accessCode == null ? "without access code" : "with access code");
    return renderer.render(data(c, officer, accessCode, publicUrl));
  }

  /** Replaces the case's access code with a new one and returns it (to print it). */
  @Transactional
  public String reissueAccessCode(Officer officer, String folio) {
    CaseFile c = query.visibleCase(officer, folio);
    String code = AccessCodes.generate();
    c.replaceAccessCode(AccessCodes.hash(code), clock.instant());
    audit.record(AuditActions.ACCESS_CODE_REISSUED, AuditTrail.CASE, c.folio().value(), "the previous code no longer works");
    return code;
  }

  private ReceiptData data(CaseFile c, Officer officer, String accessCode, String publicUrl) {
    Language language = Language.fromTag(c.originalLanguage()).orElse(Language.ES);
    CaseContent content = c.current().content();
    ZoneId zone = consulates.find(c.consulateCode()).map(Consulate::zone).orElse(ZoneId.of("America/Mexico_City"));
    List<String> persons = content.missingPersons().stream().map(ReceiptService::personLine).toList();
    CaseContent.Person first = content.missingPersons().get(0);
    return new ReceiptData(
        c.folio().value(),
        accessCode,
        c.createdAt().atZone(zone),
        query.consulateName(c.consulateCode()),
        "public".equals(c.createdBy()) ? null : officer.displayName(),
        CodeList.CHANNEL.label(c.channel().name(), Language.ES.locale()),
        CodeList.CHANNEL.label(c.channel().name(), language.locale()),
        persons,
        lastSeen(first),
        reporterLine(content.reporter(), language),
        publicUrl + "/status",
        language);
  }

  private static String personLine(CaseContent.Person p) {
    String name = p.fullName().isEmpty() ? "—" : p.fullName();
    return p.dateOfBirth() == null ? name : name + " (" + p.dateOfBirth() + ")";
  }

  private static String lastSeen(CaseContent.Person p) {
    StringBuilder sb = new StringBuilder();
    if (p.lastSeenPlace() != null) {
      sb.append(p.lastSeenPlace());
    }
    if (p.lastSeenState() != null) {
      sb.append(sb.isEmpty() ? "" : ", ").append(CodeList.MX_STATE.label(p.lastSeenState(), Language.ES.locale()));
    }
    if (p.lastSeenDate() != null) {
      sb.append(sb.isEmpty() ? "" : " – ").append(p.lastSeenDate());
    }
    return sb.isEmpty() ? null : sb.toString();
  }

  private static String reporterLine(CaseContent.Reporter r, Language language) {
    return switch (r.mode()) {
      case ANONYMOUS -> Messages.text(Language.ES, "console.case.anonymous") + bilingual(language, "console.case.anonymous");
      case WITHHELD, IDENTIFIED -> r.relationship() == null
          ? r.name()
          : r.name() + " (" + CodeList.RELATIONSHIP.label(r.relationship(), language.locale()) + ")";
    };
  }

  private static String bilingual(Language language, String key) {
    return language == Language.ES ? "" : " / " + Messages.text(language, key);
  }
}
