package mx.gob.sre.mae.gateway.application.phone;

/** Port: renders what a phone webhook answers (TwiML), so no provider type leaks out of its adapter. */
public interface PhoneResponses {

  /** A reply to an inbound SMS/WhatsApp message; null or blank text answers with no message. */
  String messageReply(String text);

  /** What a call hears and does next. */
  String voice(VoiceScript script);
}
