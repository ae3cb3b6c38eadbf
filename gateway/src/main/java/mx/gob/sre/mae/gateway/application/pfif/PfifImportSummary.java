package mx.gob.sre.mae.gateway.application.pfif;

import java.util.List;

/**
 * What an import did: persons and notes stored as new records, as new versions, or left as they were
 * (the same content, or not newer than what is stored); records of our own domain skipped; and what
 * the matching engine found for the persons that are new or changed.
 */
public record PfifImportSummary(int personsImported, int personsUpdated, int personsUnchanged, int notesImported, int notesUpdated,
    int notesUnchanged, int ownRecordsSkipped, int matched, int toReview, int casesUpdated, List<Match> matches) {

  /**
   * A received person the engine found in a case: added to it (AUTO_LINK) or only recorded (REVIEW).
   * The folio is null when the case is not the importer's consulate's to see.
   */
  public record Match(String personRecordId, String folio, String decision, double score) {}
}
