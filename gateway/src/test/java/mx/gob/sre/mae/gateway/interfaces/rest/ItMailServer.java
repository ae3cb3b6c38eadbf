package mx.gob.sre.mae.gateway.interfaces.rest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** The mail server of the ITs (GreenMail): the Guatemala consulate's mailbox pom.xml configures, polled over IMAP; SMTP for what the gateway sends. */
final class ItMailServer {

  static final String MAILBOX = "guatemala@consulado.example";

  private ItMailServer() {}

  static GreenMail start() {
    GreenMail mail = new GreenMail(new ServerSetup[] {
        new ServerSetup(Integer.getInteger("mae.it.port.smtp", 3025), "localhost", ServerSetup.PROTOCOL_SMTP),
        new ServerSetup(Integer.getInteger("mae.it.port.imap", 3143), "localhost", ServerSetup.PROTOCOL_IMAP)});
    mail.start();
    mail.setUser(MAILBOX, MAILBOX, "it-mailbox-secret");
    return mail;
  }

  /** Puts a raw RFC 822 message in the consulate's mailbox, as if it had arrived. */
  static void deliver(GreenMail mail, String raw) throws Exception {
    MimeMessage message = new MimeMessage(mail.getSmtp().createSession(), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    mail.getManagers().getUserManager().getUser(MAILBOX).deliver(message);
  }
}
