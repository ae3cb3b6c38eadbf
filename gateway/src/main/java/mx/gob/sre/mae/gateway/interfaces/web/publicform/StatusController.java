package mx.gob.sre.mae.gateway.interfaces.web.publicform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import mx.gob.sre.mae.gateway.application.query.CaseQueryService;
import mx.gob.sre.mae.gateway.application.query.PublicStatus;

/** GET /status: asks for folio and access code (posted, never in the URL) and shows the progress. */
@Named
@RequestScoped
public class StatusController {

  @Inject CaseQueryService query;

  private String folio;
  private String accessCode;
  private PublicStatus status;
  private boolean notFound;

  public String lookup() {
    status = query.publicStatus(folio, accessCode).orElse(null);
    notFound = status == null;
    return null;
  }

  public String getFolio() {
    return folio;
  }

  public void setFolio(String folio) {
    this.folio = folio;
  }

  public String getAccessCode() {
    return accessCode;
  }

  public void setAccessCode(String accessCode) {
    this.accessCode = accessCode;
  }

  public PublicStatus getStatus() {
    return status;
  }

  public boolean isNotFound() {
    return notFound;
  }
}
