package mx.gob.sre.mae.gateway.interfaces.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import mx.gob.sre.mae.gateway.interfaces.web.common.RateLimitFilter.Surface;
import mx.gob.sre.mae.i18n.Language;
import org.junit.jupiter.api.Test;

class RateLimitFilterTest {

  @Test
  void limitsOnlyThePublicSurface() {
    assertEquals(Optional.of(Surface.REPORTS), RateLimitFilter.surfaceOf("POST", "/api/v1/reports"));
    assertEquals(Optional.of(Surface.REPORTS), RateLimitFilter.surfaceOf("POST", "/"));
    assertEquals(Optional.of(Surface.REPORTS), RateLimitFilter.surfaceOf("POST", "/index.xhtml"));
    assertEquals(Optional.of(Surface.STATUS), RateLimitFilter.surfaceOf("GET", "/api/v1/reports/MAE-2026-000001/status"));
    assertEquals(Optional.of(Surface.STATUS), RateLimitFilter.surfaceOf("POST", "/status"));
    assertEquals(Optional.of(Surface.WEBHOOKS), RateLimitFilter.surfaceOf("POST", "/api/twilio/messages"));
    assertEquals(Optional.of(Surface.REPORTS), RateLimitFilter.surfaceOf("POST", "/api/v1/visa-requests"), "a visa request is filed like a report");
    assertEquals(Optional.of(Surface.REPORTS), RateLimitFilter.surfaceOf("POST", "/visa.xhtml"));
    assertEquals(Optional.of(Surface.VISA), RateLimitFilter.surfaceOf("GET", "/api/v1/visa-requests/HV-2026-000001/status"));
    assertEquals(Optional.of(Surface.VISA), RateLimitFilter.surfaceOf("POST", "/api/v1/visa-requests/HV-2026-000001/documents"));
    assertEquals(Optional.of(Surface.VISA), RateLimitFilter.surfaceOf("POST", "/visa-status.xhtml"));
    assertEquals(Optional.of(Surface.AUTHORITIES), RateLimitFilter.surfaceOf("POST", "/api/v1/authority-notifications"));
    assertEquals(Optional.of(Surface.AUTHORITIES), RateLimitFilter.surfaceOf("GET", "/api/v1/authority-notifications/AN-2026-000001"));
    assertEquals(Optional.of(Surface.SIGN_IN), RateLimitFilter.surfaceOf("POST", "/login.xhtml"));
    assertEquals(Optional.empty(), RateLimitFilter.surfaceOf("GET", "/login.xhtml"));
    assertEquals(Optional.empty(), RateLimitFilter.surfaceOf("GET", "/api/v1/staff/visa-requests/HV-2026-000001"), "staff are not limited");
    assertEquals(Optional.empty(), RateLimitFilter.surfaceOf("GET", "/"), "reading the form is free");
    assertEquals(Optional.empty(), RateLimitFilter.surfaceOf("GET", "/status"));
    assertEquals(Optional.empty(), RateLimitFilter.surfaceOf("GET", "/api/v1/cases"));
    assertEquals(Optional.empty(), RateLimitFilter.surfaceOf("POST", "/console/walk-in.xhtml"));
  }

  @Test
  void thePageIsLocalizedAndEscaped() {
    String page = ErrorPages.page("", Language.PT, "<t>", "a & b");
    assertTrue(page.contains("lang=\"pt\"") && page.contains("&lt;t&gt;") && page.contains("a &amp; b"), page);
    assertFalse(page.contains("<script") || page.contains("style="), "nothing the Content-Security-Policy would block");
  }
}
