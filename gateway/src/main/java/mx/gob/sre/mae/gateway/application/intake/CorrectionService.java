package mx.gob.sre.mae.gateway.application.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import mx.gob.sre.mae.gateway.application.routing.VersionPublisher;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseContent;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseFile;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseRepository;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseVersion;
import mx.gob.sre.mae.gateway.domain.model.cases.Folio;
import mx.gob.sre.mae.gateway.domain.model.cases.UnknownCaseException;
import mx.gob.sre.mae.gateway.domain.model.people.Officer;
import mx.gob.sre.mae.i18n.Language;

/**
 * An officer's correction or completion of a case (e.g. the structured fields of an email's
 * preliminary case): validated like any report, stored as a new version — nothing is overwritten —
 * and routed as an update to every recipient that already has the case.
 */
@ApplicationScoped
public class CorrectionService {

  @Inject CaseRepository cases;
  @Inject ReportValidator validator;
  @Inject VersionPublisher versions;

  private final Clock clock = Clock.systemUTC();

  @Transactional
  public int correct(Officer officer, String folio, ReportCommand command, Language language, String reason) {
    CaseFile c = (Folio.isWellFormed(folio) ? cases.find(Folio.parse(folio)) : java.util.Optional.<CaseFile>empty())
        .filter(f -> f.consulateCode().equals(officer.consulateCode()))
        .orElseThrow(() -> new UnknownCaseException(folio));
    CaseContent content = validator.toContent(command, language);
    Instant now = clock.instant();
    CaseVersion current = c.current();
    CaseVersion next = c.recordVersion(content, current.translations().values(), officer.username(),
        reason == null || reason.isBlank() ? "correction" : reason.strip(), now);
    c.completeTriage();
    versions.publish(c, next, now);
    return next.number();
  }
}
