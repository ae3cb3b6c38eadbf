package mx.gob.sre.mae.gateway.infrastructure.twilio;

import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP client every Twilio call goes through. The SDK has no base-URL option, so when
 * MAE_TWILIO_API_URL is set this rewrites the scheme, host and port of each request to a *.twilio.com
 * host to that base (a local stub in tests and demos), keeping path and query. It also makes the
 * timeouts explicit (the SDK's own client forces a 30.5 s connect timeout and no read timeout on each
 * request) and makes one attempt per call: the SDK would repeat a 5xx three times at once, where our
 * callers retry with backoff and a repeated POST could send a message twice.
 */
final class RedirectingHttpClient extends HttpClient {

  private final NetworkHttpClient delegate;
  private final URI base;

  RedirectingHttpClient(TwilioSettings settings) {
    this.base = settings.apiBase().orElse(null);
    this.delegate = new NetworkHttpClient(builder(settings.timeout()));
  }

  @Override
  public Response makeRequest(Request request) {
    return delegate.makeRequest(redirected(request));
  }

  @Override
  protected boolean shouldRetry(Response response, int[] retryCodes) {
    return false;
  }

  /** True for twilio.com and its subdomains (api.twilio.com, api.dublin.ie1.twilio.com, ...). */
  static boolean isTwilioHost(String host) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("twilio.com") || h.endsWith(".twilio.com");
  }

  /** The request itself, or a copy addressed to the configured base when it is bound for Twilio. */
  Request redirected(Request original) {
    URI url = URI.create(original.getUrl());
    if (base == null || !isTwilioHost(url.getHost())) {
      return original;
    }
    String basePath = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/$", "");
    String rebased = base.getScheme() + "://" + base.getRawAuthority() + basePath + url.getRawPath()
        + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
    // region and edge are left out: they would rewrite the stub's host
    Request copy = new Request(original.getMethod(), rebased);
    if (original.getUsername() != null && original.getPassword() != null) {
      copy.setAuth(original.getUsername(), original.getPassword());
    } else if (original.getAuthStrategy() != null) {
      copy.setAuth(original.getAuthStrategy());
    }
    copyParams(original.getQueryParams(), copy::addQueryParam);
    copyParams(original.getPostParams(), copy::addPostParam);
    copyParams(original.getHeaderParams(), copy::addHeaderParam);
    copy.setFormParameters(original.getFormParameters());
    copy.setContentType(original.getContentType());
    copy.setBody(original.getBody());
    copy.setUserAgentExtensions(original.getUserAgentExtensions());
    return copy;
  }

  private static void copyParams(Map<String, List<String>> params, BiConsumer<String, String> add) {
    params.forEach((name, values) -> values.forEach(value -> add.accept(name, value)));
  }

  /**
   * Apache HttpClient with the connect, pool and read timeouts all set to {@code timeout}. The SDK's
   * client replaces each request's config with its own defaults, so an interceptor puts ours back
   * before the connection is made. No automatic retries; proxies from the JVM's system properties.
   */
  private static HttpClientBuilder builder(Duration timeout) {
    Timeout t = Timeout.of(timeout);
    RequestConfig requestConfig = RequestConfig.custom().setConnectionRequestTimeout(t).setResponseTimeout(t).build();
    var connections = PoolingHttpClientConnectionManagerBuilder.create()
        .useSystemProperties()
        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(t).setSocketTimeout(t).build())
        .setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(t).setSoKeepAlive(true).build())
        .setMaxConnPerRoute(20)
        .setMaxConnTotal(100)
        .build();
    return HttpClientBuilder.create()
        .useSystemProperties()
        .setConnectionManager(connections)
        .setDefaultRequestConfig(requestConfig)
        .disableAutomaticRetries()
        .addExecInterceptorFirst("mae-timeouts", (request, scope, chain) -> {
          scope.clientContext.setRequestConfig(requestConfig);
          return chain.proceed(request, scope);
        });
  }
}
