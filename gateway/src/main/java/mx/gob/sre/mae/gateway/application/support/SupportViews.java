package mx.gob.sre.mae.gateway.application.support;

import java.time.Instant;
import java.util.List;

/** What the agency and the consulate see of support requests (labels in the caller's language). */
public final class SupportViews {

  private SupportViews() {}

  /** One line of a list. */
  public record Summary(String reference, String folio, String requestingAgency, String consulate, String type, String typeLabel,
      String status, String statusLabel, Instant dueAt, boolean overdue, String assignee, Instant createdAt) {}

  /** The whole request: what was asked, where it stands, its history, its results and the receipt of the result. */
  public record Detail(String reference, String folio, String requestingAgency, String consulate, String consulateName, String type,
      String typeLabel, String description, Instant dueAt, String status, String statusLabel, boolean overdue, Instant escalatedAt,
      String assignee, Instant createdAt, String createdBy, String outcome, String summary, Instant closedAt, List<Step> history,
      List<ResultFile> results, Receipt receipt) {}

  /** One event of the history. */
  public record Step(Instant at, String actor, String role, String action, String label, String detail) {}

  /** A result file's chain of custody (its content is downloaded separately). */
  public record ResultFile(long id, String fileName, String mediaType, long size, String sha256, String uploadedBy, Instant uploadedAt) {}

  /** The delivery of the result to the requesting agency, and its acknowledgement once given. */
  public record Receipt(long deliveryId, String recipient, String channel, String status, Instant deliveredAt, String ackReference,
      Instant ackedAt, String ackedBy) {}

  /** A result file's content for download. */
  public record Content(String fileName, String mediaType, byte[] bytes) {}
}
