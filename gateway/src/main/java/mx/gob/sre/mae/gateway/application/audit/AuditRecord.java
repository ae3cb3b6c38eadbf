package mx.gob.sre.mae.gateway.application.audit;

import java.time.Instant;

/** One stored audit event: what {@link AuditTrail#record} was told, when, by whom, from where, and its link in the chain. */
public record AuditRecord(
    long id, Instant at, String actor, String role, String action, String objectType, String objectId, String detail,
    String remoteAddr, String prevHash, String hash) {}
