package mx.gob.sre.mae.gateway.interfaces.rest;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An RFC 9457 problem detail, in the language of the request. */
@JsonbPropertyOrder({"type", "title", "status", "detail", "language", "incident", "violations"})
public record Problem(
    String type, String title, int status, String detail, String language, String incident, List<FieldProblem> violations) {

  public static final String MEDIA_TYPE = "application/problem+json";
  private static final String BASE = "https://mae.sre.gob.mx/problems/";

  public record FieldProblem(String field, String message) {}

  public static Problem of(String kind, String title, int status, String detail, String language) {
    return new Problem(BASE + kind, title, status, detail, language, null, List.of());
  }

  public Response toResponse() {
    return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8")).entity(this).build();
  }
}
