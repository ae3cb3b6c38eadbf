package mx.gob.sre.mae.gateway.infrastructure.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanismHandler;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition.OpenIdAuthenticationMechanism;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Chooses how a request is authenticated. Anything that brings an Authorization header, and an
 * API call without a session, uses {@link StaffAuthenticationMechanism}: HTTP Basic, and a 401
 * rather than a redirect. Pages (and the API links they hold, such as attachment downloads) use
 * the OpenID Connect provider when one is configured, and the built-in sign-in page otherwise.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class StaffAuthenticationHandler implements HttpAuthenticationMechanismHandler {

  private static final Logger LOG = Logger.getLogger(StaffAuthenticationHandler.class.getName());

  @Inject StaffAuthenticationMechanism staff;
  @Inject @OpenIdAuthenticationMechanism HttpAuthenticationMechanism oidc;
  @Inject OidcSettings settings;

  @Override
  public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    HttpAuthenticationMechanism mechanism = mechanismFor(request, context);
    try {
      return mechanism.validateRequest(request, response, context);
    } catch (RuntimeException e) {
      // a token the provider's keys do not verify, an unreachable provider: no sign-in, and no 500
      LOG.log(Level.WARNING, "Sign-in through the OpenID Connect provider refused: " + e.getMessage(), e);
      return context.responseUnauthorized();
    }
  }

  @Override
  public AuthenticationStatus secureResponse(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    return mechanismFor(request, context).secureResponse(request, response, context);
  }

  @Override
  public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    mechanismFor(request, context).cleanSubject(request, response, context);
  }

  private HttpAuthenticationMechanism mechanismFor(HttpServletRequest request, HttpMessageContext context) {
    if (!settings.isEnabled() || request.getHeader("Authorization") != null || context.getAuthParameters().getCredential() != null) {
      return staff;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/") && request.getSession(false) == null) {
      return staff; // an API client: a 401 to answer with Basic, not a redirect to the provider
    }
    SecurityHeaders.apply(request, context.getResponse());
    return oidc;
  }
}
