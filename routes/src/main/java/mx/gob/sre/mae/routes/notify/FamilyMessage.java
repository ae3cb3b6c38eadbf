package mx.gob.sre.mae.routes.notify;

/**
 * One claimed message to a family (or any member of the public): an acknowledgement, a status
 * change, a request for documents. Written to the gateway's family outbox in the same transaction
 * as what caused it, so it is sent at least once even if the gateway stops a moment later.
 *
 * @param channel EMAIL, SMS or WHATSAPP
 * @param address an email address or an E.164 phone number
 * @param subject used by email only
 * @param messageKey stable per message, so a receiver (and our logs) can tell a retry from a new message
 * @param sessionOpen for WhatsApp: the person wrote to us in the last 24 hours, so free text is allowed
 */
public record FamilyMessage(
    long id,
    String folio,
    String channel,
    String address,
    String language,
    String subject,
    String body,
    String messageKey,
    int attempts,
    boolean sessionOpen) {}
