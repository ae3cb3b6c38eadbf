package mx.gob.sre.mae.gateway.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import mx.gob.sre.mae.gateway.application.notify.FamilyMessageAdministration;
import mx.gob.sre.mae.gateway.application.phone.PhoneConsole;
import mx.gob.sre.mae.gateway.application.phone.SandboxMessages;
import mx.gob.sre.mae.gateway.infrastructure.security.CurrentOfficer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The officer's view of the consulate's phone line: callbacks due, messages received, messages sent to families. */
@Path("v1/phone")
@Produces(MediaType.APPLICATION_JSON)
public class PhoneLineResource {

  @Inject PhoneConsole console;
  @Inject CurrentOfficer officer;
  @Inject SandboxMessages sandbox;

  @GET
  @Path("callbacks")
  @Operation(summary = "Callers of the consulate's 24/7 line waiting to be called back")
  public List<PhoneConsole.Callback> callbacks() {
    return console.callbacks(officer.require());
  }

  @POST
  @Path("callbacks/{callSid}/done")
  @Operation(summary = "Record that the caller was called back")
  public Response calledBack(@PathParam("callSid") String callSid) {
    console.calledBack(officer.require(), callSid);
    return Response.noContent().build();
  }

  @GET
  @Path("received")
  @Operation(summary = "The latest SMS/WhatsApp messages received on the consulate's numbers, with the replies")
  public List<PhoneConsole.Received> received(@QueryParam("limit") @DefaultValue("50") int limit) {
    return console.received(officer.require(), Math.max(1, Math.min(limit, 500)));
  }

  @GET
  @Path("sent")
  @Operation(summary = "The latest messages sent to families by the consulate (email, SMS, WhatsApp; the SMS sandbox's outbox)")
  public List<FamilyMessageAdministration.FamilyMessageView> sent(@QueryParam("limit") @DefaultValue("50") int limit) {
    return console.sentToFamilies(officer.require(), Math.max(1, Math.min(limit, 500)));
  }

  @GET
  @Path("sandbox")
  @Operation(summary = "SMS sandbox only (no Twilio account): the texts as the phones would have shown them; 404 when Twilio is configured")
  public List<SandboxMessages.SentText> sandbox(@QueryParam("limit") @DefaultValue("20") int limit) {
    officer.require();
    if (!sandbox.active()) {
      throw new jakarta.ws.rs.NotFoundException();
    }
    return sandbox.recent(Math.max(1, Math.min(limit, 300)));
  }
}
