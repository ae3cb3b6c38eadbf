package mx.gob.sre.mae.gateway.interfaces.rest;

import jakarta.inject.Inject;
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
import mx.gob.sre.mae.gateway.application.delivery.OutboxAdministration;
import mx.gob.sre.mae.gateway.domain.model.delivery.DeliveryStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Administrators: deliveries by status (parked ones first of all) and the replay of a parked one. */
@Path("v1/admin/outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxAdminResource {

  @Inject OutboxAdministration admin;

  @GET
  @Operation(summary = "Deliveries with a status (default PARKED)")
  public List<OutboxAdministration.DeliveryView> list(@QueryParam("status") @DefaultValue("PARKED") String status) {
    DeliveryStatus s;
    try {
      s = DeliveryStatus.valueOf(status.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new jakarta.ws.rs.BadRequestException();
    }
    return admin.withStatus(s);
  }

  @POST
  @Path("{id}/replay")
  @Operation(summary = "Put a parked delivery back in the queue")
  public OutboxAdministration.DeliveryView replay(@PathParam("id") long id) {
    return admin.replay(id);
  }
}
