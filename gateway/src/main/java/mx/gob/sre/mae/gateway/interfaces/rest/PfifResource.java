package mx.gob.sre.mae.gateway.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import mx.gob.sre.mae.gateway.application.pfif.PfifExport;
import mx.gob.sre.mae.gateway.application.pfif.PfifImport;
import mx.gob.sre.mae.gateway.application.pfif.PfifImportSummary;
import mx.gob.sre.mae.gateway.application.pfif.PfifReview;
import mx.gob.sre.mae.gateway.application.pfif.PfifSettings;
import mx.gob.sre.mae.gateway.domain.model.people.Officer;
import mx.gob.sre.mae.gateway.infrastructure.security.CurrentOfficer;
import mx.gob.sre.mae.gateway.infrastructure.security.Roles;
import mx.gob.sre.mae.routes.pfif.Pfif;
import mx.gob.sre.mae.routes.pfif.PfifWriter;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * PFIF 1.4 exchange with other person-finding repositories (web.xml admits consular staff and
 * administrators): the export of the missing persons of the caller's cases (all cases for an
 * administrator) and of the records received, the import of a document (supervisors and
 * administrators only), and the officers' review of the received persons found in their cases.
 */
@Path("v1/pfif")
public class PfifResource {

  public static final String PFIF_XML = "application/xml";

  @Inject PfifExport export;
  @Inject PfifImport importer;
  @Inject PfifSettings settings;
  @Inject PfifReview review;
  @Inject CurrentOfficer officer;
  @Context SecurityContext security;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @GET
  @Path("persons")
  @Produces(PFIF_XML)
  @Operation(summary = "PFIF 1.4: the missing persons of the cases changed since a UTC time (the caller's consulate's; all for an "
      + "administrator), with notes, and the records received from other repositories under their own ids")
  public Response persons(@QueryParam("since") String since) {
    Officer caller = officer.require();
    boolean all = security.isUserInRole(Roles.ADMINISTRATOR);
    if (!all && !security.isUserInRole(Roles.SUPERVISOR) && !security.isUserInRole(Roles.OFFICER)) {
      throw new ForbiddenException();
    }
    Instant from;
    try {
      from = since == null || since.isBlank() ? null : Pfif.parseDate(since.strip());
    } catch (DateTimeParseException e) {
      return ProblemMappers.problem("validation", 400, "error.pfif.since", RequestLanguage.of(headers, uri));
    }
    String xml = new PfifWriter().toXml(export.export(all ? null : caller.consulateCode(), from));
    return Response.ok(xml, PFIF_XML + ";charset=UTF-8").build();
  }

  @POST
  @Path("import")
  @Consumes({PFIF_XML, MediaType.TEXT_XML})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Import a PFIF 1.4 document (supervisors and administrators): records stored as received, persons matched "
      + "against the cases; answers what was imported, updated, unchanged and matched")
  public PfifImportSummary importDocument(InputStream body) {
    Officer caller = officer.require();
    boolean all = security.isUserInRole(Roles.ADMINISTRATOR);
    if (!all && !security.isUserInRole(Roles.SUPERVISOR)) {
      throw new ForbiddenException();
    }
    return importer.importDocument(caller, all, settings.importReader().read(body));
  }

  @GET
  @Path("matches")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Received persons the matching engine found in the caller's consulate's cases (all for an administrator), "
      + "latest decision first: AUTO_LINK and LINKED are on the case, REVIEW waits for an officer, NOT_SAME is remembered")
  public java.util.List<PfifReview.MatchView> matches() {
    return review.matches(officer.require(), security.isUserInRole(Roles.ADMINISTRATOR));
  }

  @POST
  @Path("matches/{id}/link")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The same person: the received record and its notes are added to the case (a new version, routed as an update)")
  public PfifReview.MatchView link(@jakarta.ws.rs.PathParam("id") long id) {
    return review.link(officer.require(), security.isUserInRole(Roles.ADMINISTRATOR), id);
  }

  @POST
  @Path("matches/{id}/not-same")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Not the same person: remembered, never proposed again for this case")
  public PfifReview.MatchView notSame(@jakarta.ws.rs.PathParam("id") long id) {
    return review.notSame(officer.require(), security.isUserInRole(Roles.ADMINISTRATOR), id);
  }
}
