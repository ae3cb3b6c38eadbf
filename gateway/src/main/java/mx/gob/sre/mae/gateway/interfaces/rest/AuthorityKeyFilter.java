package mx.gob.sre.mae.gateway.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Optional;
import mx.gob.sre.mae.gateway.application.authority.AuthorityRegistry;
import mx.gob.sre.mae.gateway.domain.model.authority.ForeignAuthority;
import mx.gob.sre.mae.i18n.Language;

/**
 * Authenticates foreign authorities on their API, apart from staff sign-in (authorities are not
 * staff accounts): {@code Authorization: Bearer <key>} or {@code X-Api-Key: <key>}, checked against
 * the SHA-256 of the key's secret in constant time; or, where the TLS layer passed on a client
 * certificate, its SHA-256 fingerprint registered for an active authority. A missing, wrong or
 * revoked key, or an inactive authority, is a 401 problem+json in the caller's language.
 */
@Provider
@AuthorityAuthenticated
@Priority(Priorities.AUTHENTICATION)
public class AuthorityKeyFilter implements ContainerRequestFilter {

  static final String CERTIFICATE_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";

  @Inject AuthorityRegistry registry;
  @Inject CurrentAuthority current;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    String key = presentedKey(request);
    Optional<ForeignAuthority> authority = key != null ? registry.authenticate(key) : Optional.empty();
    String how = authority.map(a -> "key").orElse(null);
    if (authority.isEmpty() && key == null) {
      authority = fingerprint().flatMap(registry::authenticateCertificate);
      how = "certificate";
    }
    if (authority.isEmpty()) {
      Language language = Language.resolve(request.getUriInfo().getQueryParameters().getFirst("lang"),
          request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
      request.abortWith(Response.fromResponse(ProblemMappers.problem("unauthorized", 401, "error.authority.unauthorized", language))
          .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"MAE foreign authorities\"").build());
      return;
    }
    current.set(authority.get().id(), how);
  }

  /** The key from {@code Authorization: Bearer} or {@code X-Api-Key}; null when neither is there. */
  static String presentedKey(ContainerRequestContext request) {
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return authorization.substring(7).strip();
    }
    String header = request.getHeaderString("X-Api-Key");
    return header == null || header.isBlank() ? null : header.strip();
  }

  private Optional<String> fingerprint() {
    Object attribute = servletRequest == null ? null : servletRequest.getAttribute(CERTIFICATE_ATTRIBUTE);
    if (!(attribute instanceof X509Certificate[] chain) || chain.length == 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded())));
    } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
      return Optional.empty();
    }
  }
}
