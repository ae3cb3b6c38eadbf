package mx.gob.sre.mae.routes.delivery;

/** Port: sends an email over SMTP (implemented by the gateway with Jakarta Mail, explicit timeouts). */
public interface MailTransport {

  /** Sends the mail or throws; a throw is a failed delivery attempt, retried by the dispatcher. */
  void send(OutgoingMail mail);
}
