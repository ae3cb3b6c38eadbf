package mx.gob.sre.mae.gateway.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import mx.gob.sre.mae.gateway.application.intake.UploadedFile;
import mx.gob.sre.mae.gateway.application.support.SupportConsoleService;
import mx.gob.sre.mae.gateway.application.support.SupportViews;
import mx.gob.sre.mae.gateway.infrastructure.security.CurrentOfficer;
import mx.gob.sre.mae.gateway.infrastructure.security.Roles;
import mx.gob.sre.mae.gateway.infrastructure.security.StaffDirectory;
import mx.gob.sre.mae.i18n.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Consular officers and supervisors on support requests addressed to their consulate (web.xml
 * protects the path): list, detail, assign, record what was done, attach results, close.
 */
@Path("v1/staff/support-requests")
@Produces(MediaType.APPLICATION_JSON)
public class SupportStaffResource {

  @Inject SupportConsoleService support;
  @Inject CurrentOfficer officer;
  @Inject StaffDirectory staff;
  @Context HttpHeaders headers;
  @Context UriInfo uri;
  @Context SecurityContext security;

  /** Who takes the request: empty for oneself; a supervisor may name any of the consulate's staff. */
  public record Assignment(String assignee) {}

  /** What was done (interview held, sample taken and sent, notification delivered…). */
  public record Action(String description) {}

  /** COMPLETED or UNABLE, always with a summary. */
  public record Closing(String outcome, String summary) {}

  @GET
  @Operation(summary = "Support requests addressed to the officer's consulate, newest first")
  public List<SupportViews.Summary> list(@QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    return support.list(officer.require(), Math.max(0, offset), Math.min(Math.max(1, limit), 200), language());
  }

  @GET
  @Path("{ref}")
  @Operation(summary = "One request with its history, results and the receipt of the result; 404 if not the consulate's")
  public SupportViews.Detail get(@PathParam("ref") String ref) {
    return support.detail(officer.require(), ref, language());
  }

  @POST
  @Path("{ref}/assign")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Assign the request: an officer to themselves, a supervisor to any of the consulate's staff")
  public SupportViews.Detail assign(@PathParam("ref") String ref, Assignment assignment) {
    String assignee = assignment == null ? null : assignment.assignee();
    Optional<mx.gob.sre.mae.gateway.domain.model.people.Officer> account =
        assignee == null || assignee.isBlank() ? Optional.empty() : staff.officer(assignee.strip());
    return support.assign(officer.require(), security.isUserInRole(Roles.SUPERVISOR), ref, assignee, account, language());
  }

  @POST
  @Path("{ref}/actions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record what was done")
  public SupportViews.Detail action(@PathParam("ref") String ref, Action action) {
    return support.recordAction(officer.require(), ref, action == null ? null : action.description(), language());
  }

  @POST
  @Path("{ref}/results")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Attach a result file (JPEG, PNG or PDF, checked by content) as the request body; answers its SHA-256")
  public Response result(@PathParam("ref") String ref, @QueryParam("fileName") String fileName, byte[] content) {
    SupportViews.ResultFile stored = support.attach(officer.require(), ref,
        new UploadedFile(fileName, content == null ? new byte[0] : content), language());
    return Response.status(201).entity(stored).build();
  }

  @GET
  @Path("{ref}/results/{id}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download one result file")
  public Response download(@PathParam("ref") String ref, @PathParam("id") long id) {
    return SupportRequestResource.download(support.result(officer.require(), ref, id));
  }

  @POST
  @Path("{ref}/close")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Close with COMPLETED or UNABLE and a summary; the result goes to the requesting agency with a receipt")
  public SupportViews.Detail close(@PathParam("ref") String ref, Closing closing) {
    Closing c = closing == null ? new Closing(null, null) : closing;
    return support.close(officer.require(), ref, c.outcome(), c.summary(), language());
  }

  private Language language() {
    return RequestLanguage.of(headers, uri);
  }
}
