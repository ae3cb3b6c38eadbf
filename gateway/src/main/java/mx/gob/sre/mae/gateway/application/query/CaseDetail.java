package mx.gob.sre.mae.gateway.application.query;

import java.time.Instant;
import java.util.List;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseContent;

/** A case as its consulate's officers see it: the current content and the whole history. */
public record CaseDetail(
    String folio,
    String channel,
    String consulateCode,
    String consulateName,
    String originalLanguage,
    String status,
    Instant receivedAt,
    String receivedBy,
    int currentVersion,
    CaseContent content,
    List<VersionInfo> history,
    List<AttachmentInfo> attachments,
    java.util.Set<String> flags,
    List<RecipientInfo> recipients,
    java.util.Map<String, mx.gob.sre.mae.gateway.domain.model.cases.Translation> translations,
    List<mx.gob.sre.mae.gateway.domain.model.cases.AuthorityNotice> authorityNotices) {

  /** Where one version stands with one recipient: queued, delivered, acknowledged (+ reference), parked. */
  public record RecipientInfo(String recipient, int version, String channel, String status, int attempts, Instant createdAt,
      Instant deliveredAt, String ackReference, Instant ackedAt, String lastError) {}

  public record VersionInfo(int number, Instant recordedAt, String recordedBy, String reason) {}

  public record AttachmentInfo(long id, String fileName, String mediaType, long size, String sha256, int version) {}
}
