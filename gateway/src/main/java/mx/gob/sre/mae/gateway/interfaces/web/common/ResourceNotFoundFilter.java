package mx.gob.sre.mae.gateway.interfaces.web.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Faces answers a static resource it does not have (a probing "?ln=../../WEB-INF") with a bare 404;
 * this gives it the same localized not-found page as every other missing address.
 */
@WebFilter(urlPatterns = "/jakarta.faces.resource/*")
public class ResourceNotFoundFilter extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_NOT_FOUND && !response.isCommitted()) {
      response.resetBuffer();
      ErrorPages.send(request, response, 404, "not-found", "error.notFound");
    }
  }
}
