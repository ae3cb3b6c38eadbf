package mx.gob.sre.mae.gateway.application.query;

import java.time.Instant;

/** What anyone holding folio and access code may see: progress, never personal data. */
public record PublicStatus(String folio, String status, Instant receivedAt, Instant updatedAt, String consulateName) {}
