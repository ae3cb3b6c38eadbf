package mx.gob.sre.mae.gateway.interfaces.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.gob.sre.mae.gateway.interfaces.rest.GatewayDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Staff sign in to the pages through an OpenID Connect provider (a WireMock stub that signs real
 * RS256 ID tokens): the authorization code flow ends in the console with the role and consulate of
 * the matching app_user account; a provider account with no MAE account gets nothing; a token not
 * signed by the provider's key is refused; the API keeps HTTP Basic and its 401.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OidcSignInIT {

  static final String CLIENT_ID = "mae-gateway-it";
  static WireMockServer provider;
  static RSAKey key;
  static String issuer;

  @Deployment(testable = false)
  static WebArchive gateway() {
    return GatewayDeployment.war();
  }

  @ArquillianResource URL base;

  @BeforeAll
  static void startProvider() throws Exception {
    provider = new WireMockServer(wireMockConfig().port(Integer.getInteger("mae.it.port.oidc")));
    provider.start();
    issuer = "http://127.0.0.1:" + provider.port() + "/realms/sre";
    key = new RSAKeyGenerator(2048).keyID("sre-2026").generate();
    provider.stubFor(get(urlPathEqualTo("/realms/sre/.well-known/openid-configuration")).willReturn(okJson("""
        {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
         "userinfo_endpoint":"%1$s/userinfo","jwks_uri":"%1$s/certs","end_session_endpoint":"%1$s/logout",
         "scopes_supported":["openid","email","profile"],"response_types_supported":["code"],
         "subject_types_supported":["public"],"id_token_signing_alg_values_supported":["RS256"],
         "token_endpoint_auth_methods_supported":["client_secret_basic","client_secret_post"],
         "claims_supported":["sub","iss","preferred_username","email"]}""".formatted(issuer))));
    provider.stubFor(get(urlPathEqualTo("/realms/sre/certs")).willReturn(okJson(new JWKSet(key.toPublicJWK()).toString())));
  }

  @AfterAll
  static void stopProvider() {
    if (provider != null) {
      provider.stop();
    }
  }

  @Test
  void anOfficerSignsInAtTheProviderAndWorksWithTheirConsulatesScope() throws Exception {
    Browser browser = new Browser();
    HttpResponse<String> console = browser.signIn("lax.oficial", key);
    assertEquals(200, console.statusCode(), console.body());
    assertTrue(console.uri().getPath().endsWith("/console/index.xhtml"), "back where the officer started: " + console.uri());
    var exchange = provider.findAll(postRequestedFor(urlPathEqualTo("/realms/sre/token"))).get(0);
    assertTrue(exchange.getBodyAsString().contains("client_secret=it-oidc-client-secret")
        || String.valueOf(exchange.getHeader("Authorization")).startsWith("Basic "), "the code is exchanged with the client's credentials");
    assertTrue(exchange.getBodyAsString().contains("grant_type=authorization_code"), exchange.getBodyAsString());
    // the API links of the pages work in the same session, with the consulate's scope
    HttpResponse<String> cases = browser.get("api/v1/cases");
    assertEquals(200, cases.statusCode(), cases.body());
    assertEquals(403, browser.get("api/v1/admin/outbox").statusCode(), "the role comes from app_user: an officer is not an administrator");
  }

  @Test
  void aProviderAccountWithoutAnMaeAccountGetsNoRole() throws Exception {
    HttpResponse<String> console = new Browser().signIn("persona.ajena", key);
    assertEquals(403, console.statusCode(), console.body());
  }

  @Test
  void anIdTokenNotSignedByTheProvidersKeyIsRefused() throws Exception {
    HttpResponse<String> console = new Browser().signIn("lax.oficial", new RSAKeyGenerator(2048).keyID("sre-2026").generate());
    assertFalse(console.statusCode() == 200 && console.uri().getPath().endsWith("/console/index.xhtml"), "signed in with a forged token");
    assertTrue(console.statusCode() == 401 || console.statusCode() == 403, console.statusCode() + " " + console.body());
  }

  @Test
  void theApiStillAsksForBasicCredentialsInsteadOfRedirecting() throws Exception {
    HttpResponse<String> r = new Browser().get("api/v1/cases");
    assertEquals(401, r.statusCode());
    assertTrue(r.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));
  }

  /**
   * A cookie-keeping client that follows the redirects of the flow by hand. It keeps cookies itself:
   * the gateway's public address is https here, so its cookies are Secure, which java.net's cookie
   * manager would not send back over the test's plain http (a browser behind the proxy would).
   */
  final class Browser {
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10)).build();
    final Map<String, String> cookies = new LinkedHashMap<>();

    HttpResponse<String> get(String path) throws Exception {
      return send(URI.create(base.toString().replaceAll("/$", "") + "/" + path));
    }

    HttpResponse<String> send(URI uri) throws Exception {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
      if (!cookies.isEmpty()) {
        request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
      }
      HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      for (String set : r.headers().allValues("Set-Cookie")) {
        java.net.HttpCookie.parse(set).forEach(c -> {
          if (c.getMaxAge() == 0) {
            cookies.remove(c.getName());
          } else {
            cookies.put(c.getName(), c.getValue());
          }
        });
      }
      return r;
    }

    /** Opens the console, "signs in" at the provider as {@code username}, comes back and follows redirects home. */
    HttpResponse<String> signIn(String username, RSAKey signingKey) throws Exception {
      HttpResponse<String> toProvider = get("console/index.xhtml");
      assertTrue(toProvider.statusCode() == 302 || toProvider.statusCode() == 303, toProvider.statusCode() + " " + toProvider.body());
      URI authorize = URI.create(toProvider.headers().firstValue("Location").orElseThrow());
      assertEquals(issuer + "/authorize", authorize.toString().replaceAll("\\?.*", ""));
      Map<String, String> q = query(authorize);
      assertEquals(CLIENT_ID, q.get("client_id"));
      assertEquals("code", q.get("response_type"));
      assertTrue(q.get("scope").contains("openid"), q.toString());
      assertTrue(q.get("redirect_uri").endsWith("/oidc/callback"), q.toString());

      String code = "code-" + System.nanoTime();
      SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("sre-2026").build(),
          new JWTClaimsSet.Builder().issuer(issuer).subject("sub-" + username).audience(CLIENT_ID)
              .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(300)))
              .claim("nonce", q.get("nonce")).claim("preferred_username", username).build());
      idToken.sign(new RSASSASigner(signingKey));
      provider.stubFor(post(urlPathEqualTo("/realms/sre/token")).willReturn(okJson(
          "{\"access_token\":\"opaque-" + code + "\",\"token_type\":\"Bearer\",\"expires_in\":300,\"id_token\":\"" + idToken.serialize() + "\"}")));
      provider.stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/realms/sre/userinfo")).willReturn(aResponse().withStatus(200)
          .withHeader("Content-Type", "application/json").withBody("{\"sub\":\"sub-" + username + "\",\"preferred_username\":\"" + username + "\"}")));

      // the provider sends the browser back to the gateway with the code and the state
      URI callback = URI.create(q.get("redirect_uri") + "?code=" + code + "&state=" + q.get("state"));
      HttpResponse<String> r = send(callback);
      for (int hops = 0; hops < 5 && (r.statusCode() == 302 || r.statusCode() == 303); hops++) {
        r = send(callback.resolve(r.headers().firstValue("Location").orElseThrow()));
      }
      return r;
    }
  }

  static Map<String, String> query(URI uri) {
    Map<String, String> q = new LinkedHashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return q;
  }
}
