package mx.gob.sre.mae.routes.notify;

/** Port: sends SMS and WhatsApp messages (implemented by the gateway's Twilio adapter, or its sandbox). */
public interface TextMessageTransport {

  /**
   * Sends the message and returns the provider's reference (Twilio's message SID). Throws
   * {@link PermanentSendFailure} when retrying cannot help (invalid number, unsubscribed); any other
   * exception is a failed attempt, retried with backoff.
   */
  String send(TextMessage message);
}
