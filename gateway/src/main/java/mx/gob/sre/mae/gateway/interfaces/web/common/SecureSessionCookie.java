package mx.gob.sre.mae.gateway.interfaces.web.common;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import mx.gob.sre.mae.gateway.infrastructure.security.SecurityHeaders;

/**
 * Marks the staff session cookie Secure when the public address is https. web.xml already makes it
 * HttpOnly and SameSite; Secure cannot be written there because a developer's embedded default runs
 * on plain http (a Secure cookie would never come back and nobody could sign in).
 */
@WebListener
public class SecureSessionCookie implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(SecureSessionCookie.class.getName());

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (SecurityHeaders.httpsPublicAddress()) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
      LOG.info("Public address is https: the session cookie is Secure and responses carry Strict-Transport-Security");
    }
  }
}
