package mx.gob.sre.mae.gateway.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;

/**
 * The browser-side defences every response carries. The pages hold the testimony of families, some
 * at risk from officials, so no page may run a script or style that is not one of our own files
 * (Content-Security-Policy), be framed, leak its URL to another site (status links carry folios) or
 * be kept in a cache. HSTS is sent only when the public address is https. Applied by a servlet
 * filter and, for the answers Jakarta Security gives before any filter runs (401, the redirect to
 * the login page), by {@link StaffAuthenticationMechanism}.
 */
public final class SecurityHeaders {

  /** Only our own files: the pages have no inline script or style, and Faces renders none for them. */
  public static final String CONTENT_SECURITY_POLICY = String.join("; ",
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'");

  static final String PERMISSIONS_POLICY =
      "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

  static final String HSTS = "max-age=31536000; includeSubDomains";

  /** Static Faces resources (the style sheet) may be cached; nothing else may. */
  static final String STATIC_RESOURCES = "/jakarta.faces.resource/";

  private SecurityHeaders() {}

  public static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
    if (httpsPublicAddress()) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith(STATIC_RESOURCES)) {
      // staff pages, case data, receipts, folios and access codes: never stored by a browser or proxy
      response.setHeader("Cache-Control", "no-store");
    }
  }

  /** True when families reach the gateway over https (a TLS-terminating proxy in front of it). */
  public static boolean httpsPublicAddress() {
    return MaeConfig.PUBLIC_URL.get().regionMatches(true, 0, "https://", 0, 8);
  }
}
