package mx.gob.sre.mae.gateway.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;
import mx.gob.sre.mae.routes.io.BoundedInputStream;

/**
 * Refuses API bodies over MAE_MAX_JSON_KB with 413, whether or not they declare their length. A visa
 * document upload (a file as the body) may be as large as an attachment (MAE_MAX_UPLOAD_MB), an
 * authority notification (documents in base64) four times that; the application checks each file's
 * limit itself with a clear message. A PFIF import may be as large as MAE_PFIF_MAX_IMPORT_MB.
 */
@Provider
@PreMatching
public class RequestSizeFilter implements ContainerRequestFilter {

  static int maxKilobytes() {
    return MaeConfig.MAX_JSON_KB.getInt();
  }

  private static final java.util.regex.Pattern UPLOAD = java.util.regex.Pattern.compile("/?v1/visa-requests/[^/]+/documents/?");
  private static final java.util.regex.Pattern PFIF_IMPORT = java.util.regex.Pattern.compile("/?v1/pfif/import/?");

  /** An authority's notification carries its documents in base64 (a third larger): room for three at the size limit. */
  private static final java.util.regex.Pattern NOTIFICATION = java.util.regex.Pattern.compile("/?v1/authority-notifications/?");

  @Override
  public void filter(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    long max = UPLOAD.matcher(path).matches() ? (MaeConfig.MAX_UPLOAD_MB.getInt() + 1L) * 1024L * 1024L
        : PFIF_IMPORT.matcher(path).matches() ? MaeConfig.PFIF_MAX_IMPORT_MB.getInt() * 1024L * 1024L
        : NOTIFICATION.matcher(path).matches() ? (MaeConfig.MAX_UPLOAD_MB.getInt() * 4L + 1L) * 1024L * 1024L
        : maxKilobytes() * 1024L;
    if (request.getLength() > max) {
      throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
    if (request.hasEntity()) {
      request.setEntityStream(new BoundedInputStream(request.getEntityStream(), max,
          () -> new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE)));
    }
  }
}
