package mx.gob.sre.mae.routes.delivery;

import java.util.Set;

/**
 * One claimed outbox row: a case version (kind {@code CASE}), a humanitarian visa notice (kind
 * {@code VISA_NOTICE}) or a support request's result (kind {@code SUPPORT_RESULT}) for one recipient,
 * over one channel. A case's payload is the canonical case
 * as JSON, from which the recipient's format is made at delivery; a notice's payload is the notice
 * JSON itself, delivered unchanged.
 */
public record OutboundMessage(
    String kind,
    long id,
    String folio,
    int caseVersion,
    String recipient,
    String channel,
    String idempotencyKey,
    Set<String> flags,
    String payload,
    int attempts) {

  public static final String CASE = "CASE";
  public static final String VISA_NOTICE = "VISA_NOTICE";
  public static final String SUPPORT_RESULT = "SUPPORT_RESULT";

  public OutboundMessage {
    kind = kind == null ? CASE : kind;
    flags = Set.copyOf(flags);
  }

  /** A case version (the kind every message had before visa notices). */
  public OutboundMessage(
      long id, String folio, int caseVersion, String recipient, String channel, String idempotencyKey, Set<String> flags,
      String payload, int attempts) {
    this(CASE, id, folio, caseVersion, recipient, channel, idempotencyKey, flags, payload, attempts);
  }

  /** Whether the payload is a visa notice, to be delivered as it is. */
  public boolean isVisaNotice() {
    return VISA_NOTICE.equals(kind);
  }

  /** Whether the payload is the result of a support request, to be delivered as it is. */
  public boolean isSupportResult() {
    return SUPPORT_RESULT.equals(kind);
  }

  /** Whether the payload is already the recipient's document (a notice or a result, not a case). */
  public boolean deliveredAsIs() {
    return isVisaNotice() || isSupportResult();
  }
}
