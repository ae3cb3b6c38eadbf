package mx.gob.sre.mae.gateway.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;

/**
 * How staff authenticate: the console's login page (programmatic, via SecurityContext.authenticate)
 * with a session afterwards, or HTTP Basic for API clients. An unauthenticated request for a
 * protected page is sent to the login page; for the API it gets a 401.
 */
@AutoApplySession
@ApplicationScoped
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String LOGIN_PAGE = "/login.xhtml";

  @Inject IdentityStoreHandler identityStore;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // this runs before any filter: its own answers (401, the redirect to sign in) need the headers too
    SecurityHeaders.apply(request, response);
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return validate(credential, context);
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      UsernamePasswordCredential basic = decodeBasic(authorization.substring(6).strip());
      if (basic == null) {
        return challenge(request, response);
      }
      CredentialValidationResult result = identityStore.validate(basic);
      return result.getStatus() == CredentialValidationResult.Status.VALID
          ? context.notifyContainerAboutLogin(result)
          : challenge(request, response);
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/api/")) {
      return challenge(request, response);
    }
    String next = URLEncoder.encode(path, StandardCharsets.UTF_8);
    return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next=" + next);
  }

  private AuthenticationStatus validate(Credential credential, HttpMessageContext context) {
    CredentialValidationResult result = identityStore.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      return context.notifyContainerAboutLogin(result);
    }
    // the login page shows its own message; no container error page
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** 401 with a Basic challenge and a problem+json body in the request's language (not the container's HTML page). */
  private static AuthenticationStatus challenge(HttpServletRequest request, HttpServletResponse response) {
    Language language = Language.resolve(request.getParameter("lang"), request.getHeader("Accept-Language"));
    String body = Json.createObjectBuilder()
        .add("type", "https://mae.sre.gob.mx/problems/unauthorized")
        .add("title", Messages.text(language, "error.title"))
        .add("status", 401)
        .add("detail", Messages.text(language, "error.unauthorized"))
        .add("language", language.tag())
        .build()
        .toString();
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"MAE gateway\", charset=\"UTF-8\"");
    response.setContentType("application/problem+json;charset=UTF-8");
    try {
      response.getWriter().write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static UsernamePasswordCredential decodeBasic(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
