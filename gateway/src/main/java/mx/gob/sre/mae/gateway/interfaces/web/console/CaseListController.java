package mx.gob.sre.mae.gateway.interfaces.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import mx.gob.sre.mae.gateway.application.query.CaseQueryService;
import mx.gob.sre.mae.gateway.application.query.CaseSummary;
import mx.gob.sre.mae.gateway.domain.model.people.Officer;
import mx.gob.sre.mae.gateway.infrastructure.security.CurrentOfficer;

/** The console's home: the signed-in officer and their consulate's cases. */
@Named
@RequestScoped
public class CaseListController {

  @Inject CaseQueryService query;
  @Inject CurrentOfficer officer;
  @Inject mx.gob.sre.mae.gateway.application.mail.QuarantineService quarantine;

  /** Emails the intake could not read or take, for an officer to open and enter by hand. */
  public List<mx.gob.sre.mae.gateway.application.mail.QuarantineService.QuarantinedEmail> getQuarantined() {
    return quarantine.of(getOfficer());
  }

  private List<CaseSummary> cases;

  public Officer getOfficer() {
    return officer.require();
  }

  public String getConsulateName() {
    return query.consulateName(getOfficer().consulateCode());
  }

  public List<mx.gob.sre.mae.gateway.application.delivery.ConsulateAlerts.Alert> getAlerts() {
    return query.alertsOf(getOfficer());
  }

  public List<CaseSummary> getCases() {
    if (cases == null) {
      cases = query.casesOf(getOfficer(), 0, 200);
    }
    return cases;
  }
}
