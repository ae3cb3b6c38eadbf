package mx.gob.sre.mae.gateway.application.matching;

import java.time.Instant;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseContent;
import mx.gob.sre.mae.gateway.domain.model.cases.Folio;

/** A report's persons to add to the matching index once its transaction commits (a report linked at intake). */
public record PersonsReported(Folio folio, CaseContent content, Instant reportedAt) {}
