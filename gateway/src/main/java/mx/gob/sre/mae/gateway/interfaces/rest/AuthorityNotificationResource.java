package mx.gob.sre.mae.gateway.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import mx.gob.sre.mae.gateway.application.audit.RequestOrigin;
import mx.gob.sre.mae.gateway.application.authority.AuthorityNotificationService;
import mx.gob.sre.mae.gateway.application.authority.NotificationCommand;
import mx.gob.sre.mae.gateway.application.authority.NotificationViews;
import mx.gob.sre.mae.i18n.Language;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The API of registered foreign authorities (police, medical examiners, migration and detention
 * authorities abroad), authenticated by {@link AuthorityKeyFilter}: notify a consulate about a person,
 * and follow the notification's status. An authority learns nothing about the case or the family.
 */
@Path("v1/authority-notifications")
@AuthorityAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public class AuthorityNotificationResource {

  /** The answer to a notification; the same reference sent again gets the same answer. */
  public record Accepted(String reference, String status, String type, Instant receivedAt) {}

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject AuthorityNotificationService notifications;
  @Inject CurrentAuthority authority;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Notify the consulate about a person (LOCATED_ALIVE, DETAINED, HOSPITALIZED, MIGRATION_ENCOUNTER, DECEASED, "
      + "REMAINS_FOUND); 202 with a reference; the same authority reference again is the same notification")
  public Response notify(NotificationCommand command) {
    Language language = RequestLanguage.of(headers, uri);
    AuthorityNotificationService.Receipt receipt = asAuthority(() -> receive(command, language));
    Response.ResponseBuilder answer = Response.accepted(new Accepted(receipt.reference(), receipt.status(), receipt.type(),
            receipt.receivedAt()))
        .location(URI.create("/api/v1/authority-notifications/" + receipt.reference()));
    return (receipt.duplicate() ? answer.header("Idempotent-Replayed", "true") : answer).build();
  }

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Operation(summary = "The same as multipart/form-data: a part 'notification' with the JSON, and one part per document (with a file name)")
  public Response notifyMultipart(List<EntityPart> parts) throws IOException {
    NotificationCommand command = null;
    List<NotificationCommand.Attachment> files = new ArrayList<>();
    for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
      if (part.getName().equals("notification")) {
        command = JSON.fromJson(new String(part.getContent().readAllBytes(), StandardCharsets.UTF_8), NotificationCommand.class);
      } else if (part.getFileName().isPresent()) {
        files.add(new NotificationCommand.Attachment(part.getFileName().get(),
            Base64.getEncoder().encodeToString(part.getContent().readAllBytes())));
      }
    }
    if (command == null) {
      throw new BadRequestException();
    }
    List<NotificationCommand.Attachment> all = new ArrayList<>(command.attachments() == null ? List.of() : command.attachments());
    all.addAll(files);
    return notify(new NotificationCommand(command.type(), command.reference(), command.person(), command.eventDate(), command.place(),
        command.country(), command.facility(), command.narrative(), all));
  }

  @GET
  @Path("{ref}")
  @Operation(summary = "Where the authority's own notification stands: PENDING_REVIEW, CONFIRMED, NEW_CASE or REJECTED")
  public NotificationViews.AuthorityStatus status(@PathParam("ref") String reference) {
    return asAuthority(() -> notifications.status(authority.id(), reference));
  }

  private AuthorityNotificationService.Receipt receive(NotificationCommand command, Language language) {
    try {
      return notifications.receive(authority.id(), command, language);
    } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
      // the same reference sent twice at once: the second insert loses on the unique key; answer as the first
      Optional<AuthorityNotificationService.Receipt> earlier = notifications.earlier(authority.id(), command.reference());
      return earlier.orElseThrow(() -> e);
    }
  }

  /** Runs {@code work} with the authority, not "public", as the actor the audit log records. */
  private <T> T asAuthority(Supplier<T> work) {
    RequestOrigin here = RequestOrigin.current();
    @SuppressWarnings("unchecked")
    T[] result = (T[]) new Object[1];
    try {
      RequestOrigin.of("authority:" + authority.id(), "foreign-authority", here.remoteAddress()).during(() -> result[0] = work.get());
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return result[0];
  }
}
