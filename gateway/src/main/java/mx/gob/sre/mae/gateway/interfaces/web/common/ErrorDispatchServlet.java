package mx.gob.sre.mae.gateway.interfaces.web.common;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;

/**
 * Where the container sends its own errors (web.xml error-page), those raised before JAX-RS or Faces
 * can answer, such as an Accept header Jersey cannot parse or a role the caller lacks: the API gets
 * problem+json, pages get the localized error page. A 500 carries an incident id, its trace goes to
 * the log.
 */
@WebServlet("/error-dispatch")
public class ErrorDispatchServlet extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(ErrorDispatchServlet.class.getName());

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    boolean api = uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
    if (!api) {
      request.getRequestDispatcher("/error.xhtml").forward(request, response);
      return;
    }
    response.resetBuffer();
    if (status >= 500) {
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Incident " + incident + " on " + uri, (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
      ErrorPages.send(apiRequest(request, uri.toString()), response, 500, "incident", "error.internal", incident);
    } else {
      Object[] args = status == 413 ? new Object[] {MaeConfig.MAX_JSON_KB.getInt() / 1024.0} : new Object[0];
      ErrorPages.send(apiRequest(request, uri.toString()), response, status, "http-" + status, ErrorPages.detailKey(status), args);
    }
  }

  /** The error dispatch has its own URI; the answer's form follows the original one. */
  private static HttpServletRequest apiRequest(HttpServletRequest request, String originalUri) {
    return new jakarta.servlet.http.HttpServletRequestWrapper(request) {
      @Override
      public String getRequestURI() {
        return originalUri;
      }
    };
  }
}
