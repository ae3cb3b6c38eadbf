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
import java.time.Instant;
import java.util.List;
import mx.gob.sre.mae.gateway.application.intake.IntakeContext;
import mx.gob.sre.mae.gateway.application.intake.IntakeReceipt;
import mx.gob.sre.mae.gateway.application.intake.IntakeService;
import mx.gob.sre.mae.gateway.application.intake.ReportCommand;
import mx.gob.sre.mae.gateway.application.query.CaseQueryService;
import mx.gob.sre.mae.gateway.application.query.PublicStatus;
import mx.gob.sre.mae.gateway.domain.model.cases.Channel;
import mx.gob.sre.mae.gateway.domain.model.cases.UnknownCaseException;
import mx.gob.sre.mae.i18n.CodeList;
import mx.gob.sre.mae.i18n.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The public API: anyone may file a report, and follow it with its folio and access code. */
@Path("v1/reports")
public class ReportResource {

  @Inject IntakeService intake;
  @Inject CaseQueryService query;
  @Context UriInfo uri;
  @Context HttpHeaders headers;

  /** What the reporter gets: folio, one-time access code, where to follow the case. */
  public record Accepted(String folio, String accessCode, String status, Instant receivedAt, String statusUrl) {}

  /** Public status: progress only, no personal data. */
  public record StatusView(String folio, String status, String statusLabel, Instant receivedAt, Instant updatedAt, String consulate) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "File a report of a missing person", description = "Stored before the answer; forwarded at once.")
  @APIResponse(responseCode = "201", description = "Stored: folio and access code in the body")
  @APIResponse(responseCode = "400", description = "Invalid report; problem+json with every field problem")
  public Response file(ReportCommand report) {
    Language language = Language.resolve(report == null ? null : report.getLanguage(), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    if (report == null) {
      return ProblemMappers.problem("malformed", 400, "error.malformed", language);
    }
    IntakeReceipt receipt = intake.file(report, new IntakeContext(Channel.API, null, IntakeContext.PUBLIC_USER, language), List.of());
    String folio = receipt.folio().value();
    URI statusUrl = uri.getBaseUriBuilder().path("v1/reports/{folio}/status").build(folio);
    URI location = uri.getBaseUriBuilder().path("v1/cases/{folio}").build(folio);
    return Response.created(location)
        .entity(new Accepted(folio, receipt.accessCode(), "RECEIVED", receipt.receivedAt(), statusUrl.toString()))
        .build();
  }

  @GET
  @Path("{folio}/status")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Public status of a report", description = "Needs the access code; reveals no personal data.")
  @APIResponse(responseCode = "200", description = "Status")
  @APIResponse(responseCode = "404", description = "No report with this folio and code")
  public StatusView status(@PathParam("folio") String folio, @QueryParam("code") String code) {
    Language language = RequestLanguage.of(headers, uri);
    PublicStatus s = query.publicStatus(folio, code).orElseThrow(() -> new UnknownCaseException(folio));
    return new StatusView(s.folio(), s.status(), CodeList.CASE_STATUS.label(s.status(), language.locale()),
        s.receivedAt(), s.updatedAt(), s.consulateName());
  }
}
