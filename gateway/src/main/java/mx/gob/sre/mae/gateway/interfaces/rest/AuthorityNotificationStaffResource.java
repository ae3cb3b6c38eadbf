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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import mx.gob.sre.mae.gateway.application.authority.NotificationReview;
import mx.gob.sre.mae.gateway.application.authority.NotificationViews;
import mx.gob.sre.mae.gateway.infrastructure.security.CurrentOfficer;
import mx.gob.sre.mae.i18n.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Consular officers on the foreign-authority notifications of their consulate (web.xml protects the
 * path): the queue with candidate cases, and the decisions. Nothing reaches an agency or a family
 * before an officer confirms.
 */
@Path("v1/staff/authority-notifications")
@Produces(MediaType.APPLICATION_JSON)
public class AuthorityNotificationStaffResource {

  /** A confirmation: the case, and the type for a notification still UNKNOWN (optional otherwise). */
  public record Confirmation(String folio, String type) {}

  /** The type, for classifying (or for a new case from an UNKNOWN notification). */
  public record Classification(String type) {}

  public record Rejection(String reason) {}

  @Inject NotificationReview review;
  @Inject CurrentOfficer officer;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "The consulate's notifications, newest first; ?status=PENDING_REVIEW for the queue")
  public List<NotificationViews.Summary> list(@QueryParam("status") String status) {
    return review.list(officer.require(), status);
  }

  @GET
  @Path("{ref}")
  @Operation(summary = "One notification with its candidate cases (score and per-field explanation), documents and history")
  public NotificationViews.Detail get(@PathParam("ref") String reference) {
    return review.detail(officer.require(), reference);
  }

  @POST
  @Path("{ref}/classify")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set the type of an emailed notification")
  public NotificationViews.Detail classify(@PathParam("ref") String reference, Classification body) {
    return review.classify(officer.require(), reference, body == null ? null : body.type(), language());
  }

  @POST
  @Path("{ref}/candidates/{folio}/reject")
  @Operation(summary = "This candidate case is not the person")
  public NotificationViews.Detail rejectCandidate(@PathParam("ref") String reference, @PathParam("folio") String folio) {
    return review.rejectCandidate(officer.require(), reference, folio);
  }

  @POST
  @Path("{ref}/confirm")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The notification is about this case: a new version carrying it is routed; the family is told (see README)")
  public NotificationViews.Detail confirm(@PathParam("ref") String reference, Confirmation body) {
    Confirmation c = body == null ? new Confirmation(null, null) : body;
    return review.confirm(officer.require(), reference, c.folio(), c.type(), language());
  }

  @POST
  @Path("{ref}/new-case")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "No case is this person: open a new case (channel FOREIGN_AUTHORITY) carrying the notification")
  public NotificationViews.Detail newCase(@PathParam("ref") String reference, Classification body) {
    return review.openCase(officer.require(), reference, body == null ? null : body.type(), language());
  }

  @POST
  @Path("{ref}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Do not act on the notification (mistaken or forged), with the reason")
  public NotificationViews.Detail reject(@PathParam("ref") String reference, Rejection body) {
    return review.reject(officer.require(), reference, body == null ? null : body.reason(), language());
  }

  private Language language() {
    return RequestLanguage.of(headers, uri);
  }
}
