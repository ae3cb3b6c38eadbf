package mx.gob.sre.mae.gateway.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import mx.gob.sre.mae.gateway.application.authority.AuthorityCommand;
import mx.gob.sre.mae.gateway.application.authority.AuthorityRegistry;
import mx.gob.sre.mae.gateway.application.authority.AuthorityViews;
import mx.gob.sre.mae.gateway.infrastructure.security.CurrentOfficer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Administrators (any consulate) and consular supervisors (their own) register foreign authorities
 * and manage their API keys; web.xml admits only those two roles. A key's secret is in the answer
 * that issues it and nowhere else.
 */
@Path("v1/authorities")
@Produces(MediaType.APPLICATION_JSON)
public class AuthorityRegistryResource {

  @Inject AuthorityRegistry registry;
  @Inject CurrentOfficer officer;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Registered authorities (a supervisor sees their consulate's) with their keys, never a secret")
  public List<AuthorityViews.Authority> list() {
    return registry.list(officer.require());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register an authority: consulate (administrators), name, country, kind, contactEmails, allowedTypes, "
      + "certificateSha256 (optional, for mutual TLS)")
  public Response register(AuthorityCommand command) {
    if (command == null) {
      throw new BadRequestException();
    }
    return Response.status(201).entity(registry.register(officer.require(), command, RequestLanguage.of(headers, uri))).build();
  }

  @POST
  @Path("{id}/keys")
  @Operation(summary = "Issue an API key; the answer shows it once")
  public Response issue(@PathParam("id") long id) {
    return Response.status(201).entity(registry.issueKey(officer.require(), id)).build();
  }

  @POST
  @Path("{id}/keys/{keyId}/rotate")
  @Operation(summary = "Issue a key replacing this one; the old key keeps working until revoked")
  public Response rotate(@PathParam("id") long id, @PathParam("keyId") String keyId) {
    return Response.status(201).entity(registry.rotateKey(officer.require(), id, keyId)).build();
  }

  @POST
  @Path("{id}/keys/{keyId}/revoke")
  @Operation(summary = "Revoke a key for good")
  public AuthorityViews.Key revoke(@PathParam("id") long id, @PathParam("keyId") String keyId) {
    return registry.revokeKey(officer.require(), id, keyId);
  }
}
