package mx.gob.sre.mae.gateway.infrastructure.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The embedded default's mail server (GreenMail on 127.0.0.1): SMTP on MAE_DEV_MAIL_SMTP_PORT
 * (3025) and IMAP on MAE_DEV_MAIL_IMAP_PORT (3143), with the Los Ángeles consulate's mailbox
 * {@value #LAX_MAILBOX} (password "demo"). Started only on the embedded database unless
 * MAE_DEV_MAIL=false; never in production. If its ports are taken it logs and stays off.
 */
@ApplicationScoped
public class DevMailServer {

  public static final String LAX_MAILBOX = "lax@consulado.localhost";
  public static final String PASSWORD = "demo";

  private static final Logger LOG = Logger.getLogger(DevMailServer.class.getName());

  private GreenMail greenMail;

  void start(@Observes @Priority(250) @Initialized(ApplicationScoped.class) Object start) {
    var config = ConfigProvider.getConfig(DevMailServer.class.getClassLoader());
    boolean wanted = config.getOptionalValue("MAE_DEV_MAIL", Boolean.class).orElse(MaeConfig.embeddedDatabase());
    if (!wanted) {
      return;
    }
    int smtp = config.getOptionalValue("MAE_DEV_MAIL_SMTP_PORT", Integer.class).orElse(3025);
    int imap = config.getOptionalValue("MAE_DEV_MAIL_IMAP_PORT", Integer.class).orElse(3143);
    try {
      GreenMail server = new GreenMail(new ServerSetup[] {
          new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
          new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
      server.start();
      server.setUser(LAX_MAILBOX, LAX_MAILBOX, PASSWORD);
      greenMail = server;
      LOG.info(() -> "Dev mail server: SMTP localhost:" + smtp + ", IMAP localhost:" + imap + ", consulate mailbox " + LAX_MAILBOX + " / " + PASSWORD);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Dev mail server not started (ports " + smtp + "/" + imap + " taken?); the email channel is off", e);
    }
  }

  void stop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object stop) {
    if (greenMail != null) {
      greenMail.stop();
    }
  }

  public boolean running() {
    return greenMail != null;
  }

  public int smtpPort() {
    return greenMail.getSmtp().getPort();
  }

  public int imapPort() {
    return greenMail.getImap().getPort();
  }
}
