package mx.gob.sre.mae.gateway.interfaces.phone;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import mx.gob.sre.mae.gateway.application.notify.FamilyMessageAdministration;
import mx.gob.sre.mae.gateway.application.phone.PhoneResponses;
import mx.gob.sre.mae.gateway.application.phone.TextIntakeService;
import mx.gob.sre.mae.gateway.application.phone.VoiceService;
import mx.gob.sre.mae.gateway.application.phone.WebhookSignatureVerifier;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Twilio's webhooks: messages (SMS and WhatsApp), the voice line's steps, recording and delivery
 * status. Every request must carry a valid X-Twilio-Signature for the URL Twilio called (the public
 * URL, so it works behind a reverse proxy); otherwise 403 and nothing happens. Retries by Twilio are
 * harmless: messages are kept by MessageSid and calls by CallSid.
 */
@Path("twilio")
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class TwilioWebhookResource {

  private static final Logger LOG = Logger.getLogger(TwilioWebhookResource.class.getName());
  private static final String TWIML = "application/xml";
  private static final String SIGNATURE = "X-Twilio-Signature";

  @Inject WebhookSignatureVerifier signatures;
  @Inject PhoneResponses responses;
  @Inject VoiceService voice;
  @Inject TextIntakeService texts;
  @Inject FamilyMessageAdministration familyMessages;

  @Context UriInfo uri;

  @POST
  @Path("messages")
  @Produces(TWIML)
  @Operation(summary = "Twilio messaging webhook: an SMS or WhatsApp message to a consulate's number")
  public Response message(MultivaluedMap<String, String> form, @HeaderParam(SIGNATURE) String signature) {
    Map<String, String> p = verified(form, signature);
    if (blank(p.get("MessageSid")) || blank(p.get("From")) || blank(p.get("To"))) {
      throw new BadRequestException();
    }
    String reply = texts.receive(p.get("MessageSid"), p.get("From"), p.get("To"), p.getOrDefault("Body", ""));
    return Response.ok(responses.messageReply(reply), TWIML).build();
  }

  @POST
  @Path("voice")
  @Produces(TWIML)
  @Operation(summary = "Twilio voice webhook: a call to the 24/7 line")
  public Response call(MultivaluedMap<String, String> form, @HeaderParam(SIGNATURE) String signature) {
    Map<String, String> p = verified(form, signature);
    return Response.ok(responses.voice(voice.incoming(p.get("CallSid"), p.get("From"), p.get("To"))), TWIML).build();
  }

  @POST
  @Path("voice/language")
  @Produces(TWIML)
  public Response language(MultivaluedMap<String, String> form, @HeaderParam(SIGNATURE) String signature) {
    Map<String, String> p = verified(form, signature);
    return Response.ok(responses.voice(voice.languageChosen(p.get("CallSid"), p.get("Digits"))), TWIML).build();
  }

  @POST
  @Path("voice/recorded")
  @Produces(TWIML)
  public Response recorded(MultivaluedMap<String, String> form, @HeaderParam(SIGNATURE) String signature) {
    Map<String, String> p = verified(form, signature);
    return Response.ok(responses.voice(voice.recorded(p.get("CallSid"), p.get("RecordingSid"), p.get("RecordingUrl"),
        seconds(p.get("RecordingDuration")))), TWIML).build();
  }

  @POST
  @Path("voice/callback")
  @Produces(TWIML)
  public Response callback(MultivaluedMap<String, String> form, @HeaderParam(SIGNATURE) String signature) {
    Map<String, String> p = verified(form, signature);
    return Response.ok(responses.voice(voice.callbackAnswered(p.get("CallSid"), p.get("Digits"))), TWIML).build();
  }

  @POST
  @Path("voice/recording-status")
  public Response recordingStatus(MultivaluedMap<String, String> form, @HeaderParam(SIGNATURE) String signature) {
    Map<String, String> p = verified(form, signature);
    if ("completed".equals(p.get("RecordingStatus"))) {
      voice.recordingCompleted(p.get("CallSid"), p.get("RecordingSid"), p.get("RecordingUrl"), seconds(p.get("RecordingDuration")));
    }
    return Response.noContent().build();
  }

  @POST
  @Path("status")
  @Operation(summary = "Twilio message status callback: what became of a message we sent")
  public Response status(MultivaluedMap<String, String> form, @HeaderParam(SIGNATURE) String signature) {
    Map<String, String> p = verified(form, signature);
    familyMessages.providerStatus(p.get("MessageSid"), p.get("MessageStatus"), p.get("ErrorCode"));
    return Response.noContent().build();
  }

  /** The form as one value per name, once its signature is checked against the public URL; 403 otherwise. */
  private Map<String, String> verified(MultivaluedMap<String, String> form, String signature) {
    Map<String, String> params = new LinkedHashMap<>();
    form.forEach((name, values) -> params.put(name, values.isEmpty() ? "" : values.get(0)));
    String query = uri.getRequestUri().getRawQuery();
    String url = MaeConfig.PUBLIC_URL.get().replaceAll("/+$", "") + uri.getRequestUri().getRawPath() + (query == null ? "" : "?" + query);
    if (!signatures.isValid(url, params, signature)) {
      LOG.warning(() -> "Refused a phone webhook to " + uri.getRequestUri().getRawPath() + ": "
          + (signature == null || signature.isBlank() ? "no signature" : "signature does not match") + " for " + url);
      throw new ForbiddenException();
    }
    return params;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static Integer seconds(String value) {
    try {
      return value == null ? null : Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
