package mx.gob.sre.mae.gateway.interfaces.web.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * A broken multipart body (no boundary, truncated, oversized part headers) sent to a page is the
 * sender's mistake, not the server's: it is read here, before Faces, and refused with 400 and a
 * page that says so. The container keeps the parts it read, so Faces reads them again for free.
 */
@WebFilter(urlPatterns = "/*")
public class MalformedFormFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(MalformedFormFilter.class.getName());

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String type = request.getContentType();
    if ("POST".equals(request.getMethod()) && type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/") && !ErrorPages.isApi(request)) {
      try {
        request.getParts();
      } catch (IOException | ServletException | RuntimeException e) {
        LOG.info(() -> "Refused a malformed multipart body on " + request.getRequestURI() + ": " + e);
        ErrorPages.send(request, response, 400, "malformed", "error.badForm");
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
