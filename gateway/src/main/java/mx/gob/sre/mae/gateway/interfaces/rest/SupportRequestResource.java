package mx.gob.sre.mae.gateway.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import mx.gob.sre.mae.gateway.application.support.SupportRequestCommand;
import mx.gob.sre.mae.gateway.application.support.SupportRequestService;
import mx.gob.sre.mae.gateway.application.support.SupportViews;
import mx.gob.sre.mae.gateway.domain.model.people.Officer;
import mx.gob.sre.mae.gateway.infrastructure.security.CurrentOfficer;
import mx.gob.sre.mae.i18n.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Support requests from the requesting agency's side (web.xml: agency users and administrators): ask
 * a consulate for help abroad on a case routed to the agency, and follow it — status, history, result
 * files and the receipt of the result. Agencies see only their own requests; administrators all.
 */
@Path("v1/support-requests")
@Produces(MediaType.APPLICATION_JSON)
public class SupportRequestResource {

  @Inject SupportRequestService support;
  @Inject CurrentOfficer user;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Ask a consulate for help abroad on a case routed to the agency",
      description = "type: INTERVIEW_RELATIVE_OR_WITNESS, REFERENCE_DNA_SAMPLE, DELIVER_NOTIFICATION, OBTAIN_DOCUMENT,"
          + " ACCOMPANY_FAMILY or OTHER. dueDate: a future date (end of that day in Mexico City) or date-time with offset."
          + " consulate: optional, the case's consulate by default.")
  @APIResponse(responseCode = "201", description = "Sent to the consulate; the request with its reference")
  @APIResponse(responseCode = "400", description = "Invalid request; problem+json with every field problem")
  @APIResponse(responseCode = "404", description = "No such case, or not routed to the agency")
  public Response create(SupportRequestCommand command) {
    Officer agency = user.require();
    if (!agency.isAgencyUser()) {
      throw new ForbiddenException();
    }
    if (command == null) {
      return ProblemMappers.problem("malformed", 400, "error.malformed", language());
    }
    SupportViews.Detail created = support.create(agency, command, language());
    return Response.created(uri.getAbsolutePathBuilder().path(created.reference()).build()).entity(created).build();
  }

  @GET
  @Operation(summary = "The agency's support requests, newest first (every request for an administrator)")
  public List<SupportViews.Summary> list(@QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    return support.list(user.require(), Math.max(0, offset), Math.min(Math.max(1, limit), 200), language());
  }

  @GET
  @Path("{ref}")
  @Operation(summary = "One request: status (overdue too), history, result files with SHA-256, and the receipt of the result")
  @APIResponse(responseCode = "404", description = "No such request, or another agency's")
  public SupportViews.Detail get(@PathParam("ref") String ref) {
    return support.detail(user.require(), ref, language());
  }

  @GET
  @Path("{ref}/results/{id}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download one result file (check it against its SHA-256)")
  public Response result(@PathParam("ref") String ref, @PathParam("id") long id) {
    return download(support.result(user.require(), ref, id));
  }

  static Response download(SupportViews.Content content) {
    String name = content.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
    return Response.ok(content.bytes(), content.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  private Language language() {
    return RequestLanguage.of(headers, uri);
  }
}
