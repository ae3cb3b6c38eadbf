package mx.gob.sre.mae.gateway.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import mx.gob.sre.mae.gateway.application.audit.AuditRecord;
import mx.gob.sre.mae.gateway.application.audit.AuditReview;
import mx.gob.sre.mae.gateway.application.audit.ChainVerification;
import mx.gob.sre.mae.gateway.domain.model.cases.Folio;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The auditor's window on the audit log (web.xml lets only the auditor role in): the events about
 * one case, and the verification of the whole hash chain. Reading the log is itself on record.
 */
@Path("v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditReview review;

  @GET
  @Operation(summary = "Every recorded access to and change of one case, oldest first")
  public List<AuditRecord> ofCase(@QueryParam("folio") String folio) {
    if (folio == null || !Folio.isWellFormed(folio)) {
      throw new BadRequestException();
    }
    return review.ofCase(folio);
  }

  @GET
  @Path("verify")
  @Operation(summary = "Recompute the hash chain: {valid, events} or the first broken event and why")
  public ChainVerification verify() {
    return review.verify();
  }
}
