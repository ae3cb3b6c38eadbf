package mx.gob.sre.mae.gateway.application.intake;

import java.time.ZonedDateTime;
import java.util.List;
import mx.gob.sre.mae.i18n.Language;

/**
 * What a printed acknowledgement of a report shows: labels are resolved by the renderer in Spanish
 * and in the reporter's language; values here are already display text (code labels resolved).
 *
 * @param accessCode the private access code; null when the receipt is a reprint without a code
 * @param missingPersons one display line per person ("José Luis Hernández López, 1998-04-12")
 * @param lastSeen display of where and when the first person was last seen, or null
 * @param reporter display of the reporter ("Ana Pérez (Madre)"), or the anonymous/withheld notice
 * @param statusUrl the public status page address
 */
public record ReceiptData(
    String folio,
    String accessCode,
    ZonedDateTime receivedAt,
    String consulateName,
    String officerName,
    String channelLabelEs,
    String channelLabelReporter,
    List<String> missingPersons,
    String lastSeen,
    String reporter,
    String statusUrl,
    Language reporterLanguage) {}
