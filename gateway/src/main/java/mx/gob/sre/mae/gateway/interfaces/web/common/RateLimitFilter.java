package mx.gob.sre.mae.gateway.interfaces.web.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;

/**
 * Rate limits on what anyone on the internet can reach: filing a report or a visa request (API and
 * web form), looking up a status or anything else behind a reference and access code (API and page:
 * guessing them must be slow), the Twilio webhooks (generous: a whole consulate's traffic comes from
 * Twilio's few addresses), the foreign authorities' API (guessing keys) and staff sign-in. One token
 * bucket per client address and surface; over the limit the API answers 429 problem+json with
 * Retry-After, a page answers 429 with a short page, both in the caller's language.
 */
@WebFilter(urlPatterns = "/*")
public class RateLimitFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(RateLimitFilter.class.getName());
  private static final Pattern STATUS_API = Pattern.compile("/api/v1/reports/[^/]+/status");
  private static final Pattern VISA_API = Pattern.compile("/api/v1/visa-requests/[^/]+(/.*)?");

  /** The limited surfaces; a limit of 0 turns one off. */
  enum Surface {
    REPORTS(MaeConfig.RATE_LIMIT_REPORTS_PER_HOUR, Duration.ofHours(1)),
    STATUS(MaeConfig.RATE_LIMIT_STATUS_PER_MINUTE, Duration.ofMinutes(1)),
    WEBHOOKS(MaeConfig.RATE_LIMIT_WEBHOOKS_PER_MINUTE, Duration.ofMinutes(1)),
    VISA(MaeConfig.RATE_LIMIT_VISA_PER_MINUTE, Duration.ofMinutes(1)),
    AUTHORITIES(MaeConfig.RATE_LIMIT_AUTHORITY_PER_MINUTE, Duration.ofMinutes(1)),
    SIGN_IN(MaeConfig.RATE_LIMIT_SIGN_IN_PER_MINUTE, Duration.ofMinutes(1));

    final MaeConfig limit;
    final Duration period;

    Surface(MaeConfig limit, Duration period) {
      this.limit = limit;
      this.period = period;
    }
  }

  private final Map<Surface, TokenBuckets> buckets = new EnumMap<>(Surface.class);
  private ClientAddress clients;

  @Override
  public void init(FilterConfig config) {
    clients = new ClientAddress(MaeConfig.TRUSTED_PROXIES.get());
    for (Surface s : Surface.values()) {
      int limit = s.limit.getInt();
      if (limit > 0) {
        buckets.put(s, new TokenBuckets(limit, s.period));
      }
    }
    LOG.info(() -> "Rate limits: " + MaeConfig.RATE_LIMIT_REPORTS_PER_HOUR.get() + " reports/h, "
        + MaeConfig.RATE_LIMIT_STATUS_PER_MINUTE.get() + " status look-ups/min, "
        + MaeConfig.RATE_LIMIT_WEBHOOKS_PER_MINUTE.get() + " webhooks/min, "
        + MaeConfig.RATE_LIMIT_VISA_PER_MINUTE.get() + " visa request calls/min, "
        + MaeConfig.RATE_LIMIT_AUTHORITY_PER_MINUTE.get() + " authority API calls/min, "
        + MaeConfig.RATE_LIMIT_SIGN_IN_PER_MINUTE.get() + " sign-ins/min per client address (0 = off)");
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<Surface> surface = surfaceOf(request.getMethod(), path(request));
    TokenBuckets limiter = surface.map(buckets::get).orElse(null);
    if (limiter != null) {
      String client = clients.of(request);
      Duration wait = limiter.take(client);
      if (!wait.isZero()) {
        LOG.warning(() -> "Rate limit " + surface.get() + " reached by " + client + " on " + request.getMethod() + " " + path(request));
        refuse(request, response, wait);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** The path inside the application, without ;parameters or a trailing slash. */
  static String path(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    int semicolon = path.indexOf(';');
    path = semicolon < 0 ? path : path.substring(0, semicolon);
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  static Optional<Surface> surfaceOf(String method, String path) {
    boolean post = "POST".equalsIgnoreCase(method);
    if (path.startsWith("/api/twilio/")) {
      return Optional.of(Surface.WEBHOOKS);
    }
    if (path.startsWith("/api/v1/authority-notifications")) {
      return Optional.of(Surface.AUTHORITIES);
    }
    if (post && (path.equals("/api/v1/reports") || path.equals("/api/v1/visa-requests") || path.isEmpty() || path.equals("/")
        || path.equals("/index") || path.equals("/index.xhtml") || path.equals("/visa") || path.equals("/visa.xhtml"))) {
      return Optional.of(Surface.REPORTS);
    }
    if ((post && (path.equals("/status") || path.equals("/status.xhtml"))) || STATUS_API.matcher(path).matches()) {
      return Optional.of(Surface.STATUS);
    }
    if ((post && (path.equals("/visa-status") || path.equals("/visa-status.xhtml"))) || VISA_API.matcher(path).matches()) {
      return Optional.of(Surface.VISA);
    }
    if (post && (path.equals("/login") || path.equals("/login.xhtml"))) {
      return Optional.of(Surface.SIGN_IN);
    }
    return Optional.empty();
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    response.setHeader("Retry-After", String.valueOf(seconds));
    ErrorPages.send(request, response, 429, "too-many-requests", "error.tooManyRequests", (seconds + 59) / 60);
  }
}
