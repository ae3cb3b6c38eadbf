package mx.gob.sre.mae.gateway.application.query;

import java.time.Instant;

/** One line of a consulate's case list; preliminary cases (email) wait for an officer's triage. */
public record CaseSummary(String folio, Instant receivedAt, String channel, String missingPerson, int version, String status, boolean preliminary) {}
