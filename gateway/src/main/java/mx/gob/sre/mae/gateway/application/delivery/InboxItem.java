package mx.gob.sre.mae.gateway.application.delivery;

import java.time.Instant;
import java.util.Set;

/**
 * A delivery as its recipient sees it in the inbox: what case, how urgent, whether acknowledged. A
 * humanitarian visa notice (kind VISA_NOTICE) names the applicant instead of a missing person.
 */
public record InboxItem(
    long deliveryId,
    String folio,
    int caseVersion,
    String recipient,
    String channel,
    Set<String> flags,
    String missingPerson,
    String lastSeenState,
    Instant deliveredAt,
    Instant ackDeadline,
    String ackReference,
    Instant ackedAt,
    String status,
    String kind,
    String applicant) {}
