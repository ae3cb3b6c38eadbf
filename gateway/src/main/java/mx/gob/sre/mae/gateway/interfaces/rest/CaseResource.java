package mx.gob.sre.mae.gateway.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import mx.gob.sre.mae.gateway.application.query.CaseDetail;
import mx.gob.sre.mae.gateway.application.query.CaseQueryService;
import mx.gob.sre.mae.gateway.application.query.CaseSummary;
import mx.gob.sre.mae.gateway.application.routing.TranslationService;
import mx.gob.sre.mae.gateway.infrastructure.security.CurrentOfficer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Authenticated reads for consular staff, limited to their own consulate's cases (web.xml protects the path). */
@Path("v1/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

  @Inject CaseQueryService query;
  @Inject mx.gob.sre.mae.gateway.application.query.AttachmentDownloads attachments;
  @Inject CurrentOfficer officer;
  @Inject TranslationService translations;
  @Inject mx.gob.sre.mae.gateway.application.intake.CorrectionService corrections;
  @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers;

  /** The version a correction created. */
  public record VersionRecorded(String folio, int version) {}

  @POST
  @Path("{folio}/versions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Correct or complete a case with the full report (same body as POST /api/v1/reports): a new version, routed as an update")
  public VersionRecorded correct(@PathParam("folio") String folio, @QueryParam("reason") String reason,
      mx.gob.sre.mae.gateway.application.intake.ReportCommand report) {
    if (report == null) {
      throw new jakarta.ws.rs.BadRequestException();
    }
    var language = mx.gob.sre.mae.i18n.Language.resolve(null, headers.getHeaderString(jakarta.ws.rs.core.HttpHeaders.ACCEPT_LANGUAGE));
    return new VersionRecorded(folio, corrections.correct(officer.require(), folio, report, language, reason));
  }

  /** A Spanish translation of one free-text field ("circumstances", "missingPersons[0].description"…). */
  public record TranslationRequest(String field, String spanish) {}

  /** The version the translation created. */
  public record TranslationRecorded(String folio, int version) {}

  @POST
  @Path("{folio}/translations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add or correct the Spanish translation of a free-text field: a new version, routed as an update")
  public TranslationRecorded translate(@PathParam("folio") String folio, TranslationRequest request) {
    if (request == null || request.field() == null) {
      throw new jakarta.ws.rs.BadRequestException();
    }
    int version = translations.translateAsOfficer(officer.require(), folio, request.field(), request.spanish());
    return new TranslationRecorded(folio, version);
  }

  @GET
  @Operation(summary = "The signed-in officer's consulate's cases, newest first")
  public List<CaseSummary> list(@QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
    return query.casesOf(officer.require(), Math.max(0, offset), Math.min(Math.max(1, limit), 200));
  }

  @GET
  @Path("{folio}")
  @Operation(summary = "One case with its history; 404 if it is not the officer's consulate's")
  public CaseDetail get(@PathParam("folio") String folio) {
    return query.caseFor(officer.require(), folio);
  }

  @GET
  @Path("{folio}/attachments/{id}")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "One attachment of the case, checked against its SHA-256 and logged as a download (chain of custody)")
  public jakarta.ws.rs.core.Response attachment(@PathParam("folio") String folio, @PathParam("id") long id) {
    return AttachmentResponses.of(attachments.forOfficer(officer.require(), folio, id));
  }
}
