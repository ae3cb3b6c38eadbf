package mx.gob.sre.mae.gateway.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.net.URI;
import mx.gob.sre.mae.gateway.application.intake.UploadedFile;
import mx.gob.sre.mae.gateway.application.visa.VisaApplicationCommand;
import mx.gob.sre.mae.gateway.application.visa.VisaService;
import mx.gob.sre.mae.gateway.application.visa.VisaViews;
import mx.gob.sre.mae.i18n.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The public side of humanitarian visa requests: a relative applies (free of charge) and follows the
 * request with its reference and access code: status, missing documents, appointments, the letter.
 */
@Path("v1/visa-requests")
public class VisaResource {

  @Inject VisaService visas;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  /** What the applicant gets once: reference, access code, where to follow the request. */
  public record Accepted(String reference, String accessCode, String status, java.time.Instant appliedAt, String consulate,
      String statusUrl) {}

  /** The appointment the applicant confirms. */
  public record Confirmation(Long slotId) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Apply for a humanitarian visa (free of charge) as a relative of a person missing in Mexico",
      description = "Needs the related case's folio and access code, or an invitation from a Mexican authority."
          + " A case that does not exist and a wrong access code are refused with the same answer.")
  @APIResponse(responseCode = "201", description = "Stored: reference and access code in the body")
  @APIResponse(responseCode = "400", description = "Invalid request; problem+json with every field problem")
  public Response apply(VisaApplicationCommand command) {
    Language language = language(command == null ? null : command.language());
    if (command == null) {
      return ProblemMappers.problem("malformed", 400, "error.malformed", language);
    }
    VisaViews.Receipt receipt = visas.apply(command, language, null);
    URI status = uri.getBaseUriBuilder().path("v1/visa-requests/{ref}/status").build(receipt.reference());
    return Response.created(status)
        .entity(new Accepted(receipt.reference(), receipt.accessCode(), "SUBMITTED", receipt.appliedAt(), receipt.consulate(),
            status.toString()))
        .build();
  }

  @GET
  @Path("{ref}/status")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Status, missing documents and offered appointments; no other personal data")
  @APIResponse(responseCode = "404", description = "No request with this reference and code")
  public VisaViews.PublicStatus status(@PathParam("ref") String ref, @QueryParam("code") String code) {
    return visas.status(ref, code, RequestLanguage.of(headers, uri));
  }

  @POST
  @Path("{ref}/documents")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Upload one checklist document (JPEG, PNG or PDF, checked by content) as the request body",
      description = "type = PASSPORT, RELATIONSHIP_PROOF, INVITATION (only with an invitation) or PHOTO")
  public VisaViews.PublicStatus upload(@PathParam("ref") String ref, @QueryParam("code") String code, @QueryParam("type") String type,
      @QueryParam("fileName") String fileName, byte[] content) {
    return visas.upload(ref, code, type, new UploadedFile(fileName, content == null ? new byte[0] : content),
        RequestLanguage.of(headers, uri));
  }

  @POST
  @Path("{ref}/appointment")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Confirm one of the offered appointments")
  public VisaViews.PublicStatus confirm(@PathParam("ref") String ref, @QueryParam("code") String code, Confirmation confirmation) {
    Language language = RequestLanguage.of(headers, uri);
    if (confirmation == null || confirmation.slotId() == null) {
      throw new mx.gob.sre.mae.gateway.application.intake.InvalidReportException(
          java.util.List.of(mx.gob.sre.mae.gateway.application.intake.Violation.of("slotId", "error.required")), language);
    }
    return visas.confirm(ref, code, confirmation.slotId(), language);
  }

  @GET
  @Path("{ref}/letter")
  @Produces("application/pdf")
  @Operation(summary = "The decision letter (PDF, Spanish and the applicant's language) once the request is decided")
  public Response letter(@PathParam("ref") String ref, @QueryParam("code") String code) {
    return VisaStaffResource.pdf(visas.letter(ref, code), ref);
  }

  private Language language(String explicit) {
    return Language.resolve(explicit != null ? explicit : uri.getQueryParameters().getFirst("lang"),
        headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
  }
}
