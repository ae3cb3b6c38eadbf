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
 * Rate limits on what anyone on the internet can reach: filing a report (API and web form), looking
 * up a status (API and page: guessing a folio and access code must be slow), and the Twilio
 * webhooks (generous: a whole consulate's traffic comes from Twilio's few addresses). One token
 * bucket per client address and surface; over the limit the API answers 429 problem+json with
 * Retry-After, a page answers 429 with a short page, both in the caller's language.
 */
@WebFilter(urlPatterns = "/*")
public class RateLimitFilter extends HttpFilter {

  private static final Logger LOG = Logger.getLogger(RateLimitFilter.class.getName());
  private static final Pattern STATUS_API = Pattern.compile("/api/v1/reports/[^/]+/status");

  /** The limited surfaces; a limit of 0 turns one off. */
  enum Surface {
    REPORTS(MaeConfig.RATE_LIMIT_REPORTS_PER_HOUR, Duration.ofHours(1)),
    STATUS(MaeConfig.RATE_LIMIT_STATUS_PER_MINUTE, Duration.ofMinutes(1)),
    WEBHOOKS(MaeConfig.RATE_LIMIT_WEBHOOKS_PER_MINUTE, Duration.ofMinutes(1));

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
        + MaeConfig.RATE_LIMIT_WEBHOOKS_PER_MINUTE.get() + " webhooks/min per client address (0 = off)");
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
    if (post && (path.equals("/api/v1/reports") || path.isEmpty() || path.equals("/") || path.equals("/index") || path.equals("/index.xhtml"))) {
      return Optional.of(Surface.REPORTS);
    }
    if ((post && (path.equals("/status") || path.equals("/status.xhtml"))) || STATUS_API.matcher(path).matches()) {
      return Optional.of(Surface.STATUS);
    }
    return Optional.empty();
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    response.setHeader("Retry-After", String.valueOf(seconds));
    ErrorPages.send(request, response, 429, "too-many-requests", "error.tooManyRequests", (seconds + 59) / 60);
  }
}
