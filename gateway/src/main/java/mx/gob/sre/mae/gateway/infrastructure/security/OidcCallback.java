package mx.gob.sre.mae.gateway.infrastructure.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where the OpenID Connect provider sends the browser back. The mechanism has already exchanged the
 * code and signed the person in (or not); this opens their start page, or answers 403 when the
 * provider's account has no enabled MAE account (and so no role).
 */
@WebServlet("/oidc/callback")
public class OidcCallback extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    if (request.getUserPrincipal() == null) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    if (Roles.ALL.stream().noneMatch(request::isUserInRole)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    response.sendRedirect(request.getContextPath() + Roles.homePage(request::isUserInRole));
  }
}
