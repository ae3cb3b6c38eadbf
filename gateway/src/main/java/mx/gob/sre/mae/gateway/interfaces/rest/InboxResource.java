package mx.gob.sre.mae.gateway.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import mx.gob.sre.mae.gateway.application.delivery.InboxItem;
import mx.gob.sre.mae.gateway.application.delivery.InboxService;
import mx.gob.sre.mae.gateway.infrastructure.security.CurrentOfficer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The agency inbox API: cases routed to the signed-in agency user's agency, and their acknowledgement. */
@Path("v1/inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

  /** An acknowledgement: the recipient's own reference (register folio, investigation file number). */
  public record Acknowledgement(@NotBlank(message = "{error.required}") @Size(max = 200, message = "{error.tooLong}") String reference) {}

  /** A question for the consulate about a delivered case. */
  public record Question(@NotBlank(message = "{error.required}") @Size(max = 1900, message = "{error.tooLong}") String question) {}

  @Inject InboxService inbox;
  @Inject mx.gob.sre.mae.gateway.application.query.AttachmentDownloads attachments;
  @Inject CurrentOfficer user;

  @GET
  @Operation(summary = "Deliveries to the signed-in agency, newest first")
  public List<InboxItem> list(@QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
    return inbox.inbox(user.require(), Math.max(0, offset), Math.min(Math.max(1, limit), 200));
  }

  @GET
  @Path("{id}")
  public InboxItem get(@PathParam("id") long id) {
    return inbox.item(user.require(), id);
  }

  @GET
  @Path("{id}/document")
  @Operation(summary = "The delivered document in the agency's format (register submission or complaint JSON)")
  public Response document(@PathParam("id") long id) {
    return Response.ok(inbox.document(user.require(), id), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
  }

  @GET
  @Path("{id}/pdf")
  @Produces("application/pdf")
  @Operation(summary = "The Spanish PDF record of the delivered case version")
  public Response pdf(@PathParam("id") long id) {
    return Response.ok(inbox.pdf(user.require(), id), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"delivery-" + id + ".pdf\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @GET
  @Path("{id}/attachments/{sha256}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "An attachment the delivered document lists, by its SHA-256; checked and logged as a download")
  public Response attachment(@PathParam("id") long id, @PathParam("sha256") String sha256) {
    return AttachmentResponses.of(attachments.forAgency(user.require(), id, sha256));
  }

  @POST
  @Path("{id}/ack")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Acknowledge a delivery with the agency's own reference")
  public InboxItem acknowledge(@PathParam("id") long id, @Valid Acknowledgement ack) {
    if (ack == null) {
      throw new jakarta.ws.rs.BadRequestException();
    }
    return inbox.acknowledge(user.require(), id, ack.reference());
  }

  @POST
  @Path("{id}/questions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Ask the consulate for more information about a delivered case")
  public Response ask(@PathParam("id") long id, @Valid Question question) {
    if (question == null) {
      throw new jakarta.ws.rs.BadRequestException();
    }
    inbox.requestInformation(user.require(), id, question.question());
    return Response.accepted().build();
  }
}
