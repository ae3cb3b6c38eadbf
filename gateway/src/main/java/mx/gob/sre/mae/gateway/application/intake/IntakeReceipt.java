package mx.gob.sre.mae.gateway.application.intake;

import java.time.Instant;
import mx.gob.sre.mae.gateway.domain.model.cases.Folio;

/** What the reporter gets back once the case is committed: the folio and the one-time access code. */
public record IntakeReceipt(Folio folio, String accessCode, Instant receivedAt, String consulateCode) {}
