package mx.gob.sre.mae.gateway.interfaces.web.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import mx.gob.sre.mae.gateway.application.audit.AuditRecord;
import mx.gob.sre.mae.gateway.application.audit.AuditReview;
import mx.gob.sre.mae.gateway.application.audit.ChainVerification;
import mx.gob.sre.mae.gateway.domain.model.cases.Folio;

/** The auditor's page: the events of one case (?folio=) and the verification of the whole chain. */
@Named
@RequestScoped
public class AuditController {

  @Inject AuditReview review;

  private String folio;
  private List<AuditRecord> events;
  private ChainVerification verification;

  public List<AuditRecord> getEvents() {
    if (events == null) {
      events = isFolioValid() ? review.ofCase(folio.strip()) : List.of();
    }
    return events;
  }

  public boolean isFolioValid() {
    return folio != null && Folio.isWellFormed(folio.strip());
  }

  public boolean isFolioGiven() {
    return folio != null && !folio.isBlank();
  }

  public String verify() {
    verification = review.verify();
    return null;
  }

  public ChainVerification getVerification() {
    return verification;
  }

  public String getFolio() {
    return folio;
  }

  public void setFolio(String folio) {
    this.folio = folio;
  }
}
