package mx.gob.sre.mae.routes.canonical;

import java.time.Instant;
import java.util.List;

/**
 * The result of a support request, as the requesting agency receives it: what was asked, what the
 * consulate did, how it ended, and each result file with its chain of custody (SHA-256, who, when).
 * Stored in the outbox as JSON and delivered unchanged. It carries nothing about the case's reporter,
 * so a reporter whose identity is withheld stays withheld.
 */
public record SupportResult(
    int schemaVersion,
    String kind,
    String reference,
    String folio,
    String requestingAgency,
    String consulate,
    String consulateName,
    String type,
    String request,
    Instant requestedAt,
    Instant dueAt,
    String outcome,
    String summary,
    Instant closedAt,
    String closedBy,
    List<Action> actions,
    List<ResultFile> results) {

  public static final int SCHEMA_VERSION = 1;
  public static final String KIND = "SUPPORT_REQUEST_RESULT";

  public SupportResult {
    actions = actions == null ? List.of() : List.copyOf(actions);
    results = results == null ? List.of() : List.copyOf(results);
  }

  /** One step the consulate recorded. */
  public record Action(Instant at, String by, String role, String action, String detail) {}

  /** A result file; the agency downloads its content from the gateway and checks it against the hash. */
  public record ResultFile(long id, String fileName, String mediaType, long size, String sha256, String uploadedBy, Instant uploadedAt) {}
}
