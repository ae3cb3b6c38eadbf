package mx.gob.sre.mae.routes.notify;

/**
 * A short text to a phone: SMS or WhatsApp. Outside WhatsApp's 24-hour session window free text is
 * refused by the provider; the transport then sends its configured template with {@code folio}.
 */
public record TextMessage(String channel, String to, String body, String folio, String language, boolean sessionOpen, String messageKey) {

  public static final String SMS = "SMS";
  public static final String WHATSAPP = "WHATSAPP";
}
