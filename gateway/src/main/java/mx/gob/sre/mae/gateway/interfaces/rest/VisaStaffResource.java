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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import mx.gob.sre.mae.gateway.application.visa.VisaApplicationCommand;
import mx.gob.sre.mae.gateway.application.visa.VisaService;
import mx.gob.sre.mae.gateway.application.visa.VisaViews;
import mx.gob.sre.mae.gateway.infrastructure.security.CurrentOfficer;
import mx.gob.sre.mae.gateway.infrastructure.security.Roles;
import mx.gob.sre.mae.i18n.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Consular officers and supervisors on humanitarian visa requests of their own consulate (web.xml
 * protects the path): list, detail, documents seen at the counter, documents requested from the
 * applicant, appointments offered, the decision and its letter; supervisors also get the figures.
 */
@Path("v1/staff/visa-requests")
@Produces(MediaType.APPLICATION_JSON)
public class VisaStaffResource {

  @Inject VisaService visas;
  @Inject CurrentOfficer officer;
  @Context HttpHeaders headers;
  @Context UriInfo uri;
  @Context SecurityContext security;

  /** Documents to ask the applicant for (empty = every missing one), and a note in the officer's words. */
  public record DocumentRequest(List<String> types, String note) {}

  /** Appointments to offer, as ISO date-times with offset ("2026-12-01T10:00:00-08:00"). */
  public record SlotOffer(List<String> startTimes) {}

  /** APPROVED, REFUSED or MORE_INFO_REQUESTED, always with reasons. */
  public record Decision(String decision, String reasons) {}

  /** Through which channels the applicant is told. */
  public record Requested(String reference, List<String> channels) {}

  @GET
  @Operation(summary = "The consulate's visa requests, newest first, optionally of one status")
  public List<VisaViews.Summary> list(@QueryParam("status") String status, @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    return visas.list(officer.require(), status, Math.max(0, offset), Math.min(Math.max(1, limit), 200));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Enter a walk-in application at the officer's consulate (same body as the public application)")
  public Response apply(VisaApplicationCommand command) {
    if (command == null) {
      throw new jakarta.ws.rs.BadRequestException();
    }
    return Response.status(201).entity(visas.apply(command, language(), officer.require())).build();
  }

  @GET
  @Path("statistics")
  @Operation(summary = "Supervisors: requests by consulate and status, and hours from application to decision (no personal data)")
  public VisaViews.Statistics statistics() {
    officer.require();
    if (!security.isUserInRole(Roles.SUPERVISOR)) {
      throw new ForbiddenException();
    }
    return visas.statistics();
  }

  @GET
  @Path("{ref}")
  @Operation(summary = "One request with its checklist, appointments, history and notices; 404 if not the officer's consulate's")
  public VisaViews.Detail get(@PathParam("ref") String ref) {
    return visas.detail(officer.require(), ref, language());
  }

  @POST
  @Path("{ref}/documents/{type}/seen")
  @Operation(summary = "Mark a checklist document as seen at the counter")
  public VisaViews.Detail seen(@PathParam("ref") String ref, @PathParam("type") String type) {
    visas.markSeen(officer.require(), ref, type, language());
    return visas.detail(officer.require(), ref, language());
  }

  @POST
  @Path("{ref}/document-requests")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Ask the applicant for documents, by email and/or SMS in their language (durable family outbox)")
  public Requested requestDocuments(@PathParam("ref") String ref, DocumentRequest request) {
    DocumentRequest r = request == null ? new DocumentRequest(List.of(), null) : request;
    return new Requested(ref, visas.requestDocuments(officer.require(), ref, r.types(), r.note(), language()));
  }

  @POST
  @Path("{ref}/slots")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Offer appointments at the consulate")
  public VisaViews.Detail offer(@PathParam("ref") String ref, SlotOffer offer) {
    return visas.offerSlots(officer.require(), ref, offer == null ? List.of() : offer.startTimes(), language());
  }

  @POST
  @Path("{ref}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Decide with reasons; APPROVED or REFUSED notifies INM (and the inviting authority)")
  public VisaViews.Detail decide(@PathParam("ref") String ref, Decision decision) {
    Decision d = decision == null ? new Decision(null, null) : decision;
    return visas.decide(officer.require(), ref, d.decision(), d.reasons(), language());
  }

  @GET
  @Path("{ref}/letter")
  @Produces("application/pdf")
  @Operation(summary = "The decision letter (PDF)")
  public Response letter(@PathParam("ref") String ref) {
    return pdf(visas.letter(officer.require(), ref), ref);
  }

  static Response pdf(byte[] pdf, String ref) {
    String name = ref.replaceAll("[^A-Za-z0-9-]", "");
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + name + ".pdf\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  private Language language() {
    return RequestLanguage.of(headers, uri);
  }
}
