package mx.gob.sre.mae.gateway.interfaces.web.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import mx.gob.sre.mae.gateway.application.audit.RequestOrigin;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;
import mx.gob.sre.mae.gateway.infrastructure.security.Roles;

/**
 * Tells the audit log who is behind each web request (the signed-in user and their role, or the
 * public) and from which address (behind our own proxies, the client they forwarded), for the
 * length of the request only.
 */
@WebFilter(urlPatterns = "/*")
public class AuditOriginFilter extends HttpFilter {

  private ClientAddress clients;

  @Override
  public void init(FilterConfig config) {
    clients = new ClientAddress(MaeConfig.TRUSTED_PROXIES.get());
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal user = request.getUserPrincipal();
    String role = user == null ? null : Roles.ALL.stream().filter(request::isUserInRole).findFirst().orElse(null);
    try {
      RequestOrigin.of(user == null ? null : user.getName(), role, clients.of(request)).during(() -> chain.doFilter(request, response));
    } catch (IOException | ServletException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new ServletException(e);
    }
  }
}
