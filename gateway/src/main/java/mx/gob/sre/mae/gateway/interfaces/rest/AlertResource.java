package mx.gob.sre.mae.gateway.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import mx.gob.sre.mae.gateway.application.delivery.ConsulateAlerts;
import mx.gob.sre.mae.gateway.application.query.CaseQueryService;
import mx.gob.sre.mae.gateway.infrastructure.security.CurrentOfficer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Open alerts of the signed-in officer's consulate: parked deliveries, overdue acknowledgements, agency questions. */
@Path("v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

  @Inject CaseQueryService query;
  @Inject CurrentOfficer officer;

  @GET
  @Operation(summary = "Open alerts of the officer's consulate, newest first")
  public List<ConsulateAlerts.Alert> open() {
    return query.alertsOf(officer.require());
  }
}
