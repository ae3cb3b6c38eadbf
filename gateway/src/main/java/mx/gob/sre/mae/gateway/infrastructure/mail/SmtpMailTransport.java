package mx.gob.sre.mae.gateway.infrastructure.mail;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import mx.gob.sre.mae.routes.delivery.MailTransport;
import mx.gob.sre.mae.routes.delivery.OutgoingMail;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * SMTP through Jakarta Mail with explicit timeouts: MAE_SMTP_HOST, MAE_SMTP_PORT (25),
 * MAE_SMTP_USER, MAE_SMTP_PASSWORD, MAE_SMTP_FROM, MAE_SMTP_STARTTLS (false). Each mail keeps the
 * Message-ID it was given, so a retried delivery is recognisably the same mail.
 */
@ApplicationScoped
public class SmtpMailTransport implements MailTransport {

  private static final String TIMEOUT_MS = "10000";

  @jakarta.inject.Inject DevMailServer dev;

  private Config config() {
    return ConfigProvider.getConfig(SmtpMailTransport.class.getClassLoader());
  }

  private java.util.Optional<String> host() {
    return config().getOptionalValue("MAE_SMTP_HOST", String.class).filter(h -> !h.isBlank());
  }

  /** SMTP is configured, or the embedded default's dev mail server stands in for it. */
  public boolean configured() {
    return host().isPresent() || dev.running();
  }

  @Override
  public void send(OutgoingMail mail) {
    if (!configured()) {
      throw new IllegalStateException("Configuration MAE_SMTP_HOST is not set: no email can be sent");
    }
    try {
      MimeMessage message = new FixedIdMessage(session(), mail.messageId());
      message.setFrom(new InternetAddress(config().getOptionalValue("MAE_SMTP_FROM", String.class).orElse("mae-gateway@localhost")));
      message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.to()));
      message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      MimeMultipart parts = new MimeMultipart();
      MimeBodyPart text = new MimeBodyPart();
      text.setText(mail.text(), StandardCharsets.UTF_8.name());
      parts.addBodyPart(text);
      for (OutgoingMail.Attachment a : mail.attachments()) {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.mediaType())));
        part.setFileName(a.fileName());
        parts.addBodyPart(part);
      }
      message.setContent(parts);
      Transport.send(message);
    } catch (MessagingException e) {
      throw new IllegalStateException("SMTP delivery to " + mail.to() + " failed: " + e.getMessage(), e);
    }
  }

  private Session session() {
    Config c = config();
    Properties p = new Properties();
    if (host().isPresent()) {
      p.put("mail.smtp.host", host().get());
      p.put("mail.smtp.port", c.getOptionalValue("MAE_SMTP_PORT", String.class).orElse("25"));
    } else {
      p.put("mail.smtp.host", "localhost");
      p.put("mail.smtp.port", String.valueOf(dev.smtpPort()));
    }
    p.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
    p.put("mail.smtp.timeout", TIMEOUT_MS);
    p.put("mail.smtp.writetimeout", TIMEOUT_MS);
    p.put("mail.smtp.starttls.enable", c.getOptionalValue("MAE_SMTP_STARTTLS", String.class).orElse("false"));
    var user = c.getOptionalValue("MAE_SMTP_USER", String.class);
    if (user.isPresent()) {
      p.put("mail.smtp.auth", "true");
      String password = c.getOptionalValue("MAE_SMTP_PASSWORD", String.class).orElse("");
      return Session.getInstance(p, new jakarta.mail.Authenticator() {
        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
          return new PasswordAuthentication(user.get(), password);
        }
      });
    }
    return Session.getInstance(p);
  }

  /** A MimeMessage whose Message-ID is the one given, not a fresh one at each save. */
  static final class FixedIdMessage extends MimeMessage {
    private final String id;

    FixedIdMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", id);
    }
  }
}
