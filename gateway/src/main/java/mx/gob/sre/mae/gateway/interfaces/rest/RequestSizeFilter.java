package mx.gob.sre.mae.gateway.interfaces.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;

/**
 * Refuses API bodies over MAE_MAX_JSON_KB with 413, whether or not they declare their length. A visa
 * document upload (a file as the body) may be as large as an attachment (MAE_MAX_UPLOAD_MB); the
 * application checks that limit itself with a clear message.
 */
@Provider
@PreMatching
public class RequestSizeFilter implements ContainerRequestFilter {

  static int maxKilobytes() {
    return MaeConfig.MAX_JSON_KB.getInt();
  }

  private static final java.util.regex.Pattern UPLOAD = java.util.regex.Pattern.compile("/?v1/visa-requests/[^/]+/documents/?");

  @Override
  public void filter(ContainerRequestContext request) {
    boolean upload = UPLOAD.matcher(request.getUriInfo().getPath()).matches();
    long max = upload ? (MaeConfig.MAX_UPLOAD_MB.getInt() + 1L) * 1024L * 1024L : maxKilobytes() * 1024L;
    if (request.getLength() > max) {
      throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
    if (request.hasEntity()) {
      request.setEntityStream(new Limited(request.getEntityStream(), max));
    }
  }

  /** Counts bytes read and fails with 413 past the limit (chunked bodies have no Content-Length). */
  static final class Limited extends FilterInputStream {
    private final long max;
    private long read;

    Limited(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > max) {
        throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
      }
    }
  }
}
