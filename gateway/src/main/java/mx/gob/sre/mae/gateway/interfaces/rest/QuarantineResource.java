package mx.gob.sre.mae.gateway.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import mx.gob.sre.mae.gateway.application.mail.QuarantineService;
import mx.gob.sre.mae.gateway.infrastructure.security.CurrentOfficer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Quarantined emails of the officer's consulate, with their raw source for download. */
@Path("v1/email/quarantine")
public class QuarantineResource {

  @Inject QuarantineService quarantine;
  @Inject CurrentOfficer officer;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Emails that could not be read or taken, newest first")
  public List<QuarantineService.QuarantinedEmail> list() {
    return quarantine.of(officer.require());
  }

  @GET
  @Path("{id}/raw")
  @Produces("message/rfc822")
  @Operation(summary = "The raw source of a quarantined email")
  public Response raw(@PathParam("id") long id) {
    return Response.ok(quarantine.raw(officer.require(), id), "message/rfc822")
        .header("Content-Disposition", "attachment; filename=\"quarantined-" + id + ".eml\"")
        .build();
  }
}
