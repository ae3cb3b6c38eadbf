package mx.gob.sre.mae.gateway.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import mx.gob.sre.mae.gateway.application.notify.FamilyMessageAdministration;
import mx.gob.sre.mae.gateway.domain.model.notify.FamilyMessageStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Administrators: messages to families by status (parked ones first of all) and the replay of a parked one. */
@Path("v1/admin/family-messages")
@Produces(MediaType.APPLICATION_JSON)
public class FamilyMessageAdminResource {

  @Inject FamilyMessageAdministration admin;

  @GET
  @Operation(summary = "Messages to families with a status (default PARKED), or of one case")
  public List<FamilyMessageAdministration.FamilyMessageView> list(@QueryParam("status") @DefaultValue("PARKED") String status,
      @QueryParam("folio") String folio) {
    if (folio != null && !folio.isBlank()) {
      return admin.ofCase(folio.strip());
    }
    try {
      return admin.withStatus(FamilyMessageStatus.valueOf(status.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException();
    }
  }

  @POST
  @Path("{id}/replay")
  @Operation(summary = "Put a parked message to a family back in the queue")
  public FamilyMessageAdministration.FamilyMessageView replay(@PathParam("id") long id) {
    return admin.replay(id);
  }
}
