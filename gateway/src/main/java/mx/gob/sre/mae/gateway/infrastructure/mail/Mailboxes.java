package mx.gob.sre.mae.gateway.infrastructure.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The consulates' mailboxes the email channel polls: MAE_MAIL_MAILBOXES=LAX,GUA and, per
 * consulate, MAE_MAIL_&lt;C&gt;_HOST, _PORT (993), _USER, _PASSWORD, _FOLDER (INBOX), _PROTOCOL
 * (imaps); MAE_MAIL_POLL_MS (5000). Without configuration, the dev mail server's LAX mailbox.
 */
@ApplicationScoped
public class Mailboxes {

  /** One mailbox to poll: the consulate it belongs to and the Camel endpoint URI (credentials inside, never logged). */
  public record Mailbox(String consulate, String endpointUri) {
    @Override
    public String toString() {
      return "Mailbox[" + consulate + "]";
    }
  }

  @Inject DevMailServer dev;

  public List<Mailbox> configured() {
    Config c = ConfigProvider.getConfig(Mailboxes.class.getClassLoader());
    long poll = c.getOptionalValue("MAE_MAIL_POLL_MS", Long.class).orElse(5000L);
    List<Mailbox> boxes = new ArrayList<>();
    String list = c.getOptionalValue("MAE_MAIL_MAILBOXES", String.class).orElse("").strip();
    if (list.isEmpty()) {
      if (dev.running()) {
        boxes.add(new Mailbox("LAX", uri("imap", "localhost", dev.imapPort(), DevMailServer.LAX_MAILBOX, DevMailServer.PASSWORD, "INBOX", poll)));
      }
      return boxes;
    }
    for (String consulate : Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
      String p = "MAE_MAIL_" + consulate.toUpperCase(Locale.ROOT).replace('-', '_') + "_";
      String host = c.getOptionalValue(p + "HOST", String.class)
          .orElseThrow(() -> new IllegalStateException("Configuration " + p + "HOST is missing for mailbox " + consulate));
      boxes.add(new Mailbox(consulate, uri(
          c.getOptionalValue(p + "PROTOCOL", String.class).orElse("imaps"), host,
          c.getOptionalValue(p + "PORT", Integer.class).orElse(993),
          c.getOptionalValue(p + "USER", String.class).orElseThrow(() -> new IllegalStateException("Configuration " + p + "USER is missing")),
          c.getOptionalValue(p + "PASSWORD", String.class).orElseThrow(() -> new IllegalStateException("Configuration " + p + "PASSWORD is missing")),
          c.getOptionalValue(p + "FOLDER", String.class).orElse("INBOX"), poll)));
    }
    return boxes;
  }

  /** PEEK, unseen only, never delete: a message is flagged seen only after its intake committed. */
  static String uri(String protocol, String host, int port, String user, String password, String folder, long pollMs) {
    return protocol + "://" + host + ":" + port
        + "?username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=RAW(" + password + ")"
        + "&folderName=" + URLEncoder.encode(folder, StandardCharsets.UTF_8)
        + "&unseen=true&peek=true&delete=false&mapMailMessage=false&closeFolder=false&skipFailedMessage=false"
        + "&handleFailedMessage=false&fetchSize=25&connectionTimeout=10000&delay=" + pollMs;
  }
}
