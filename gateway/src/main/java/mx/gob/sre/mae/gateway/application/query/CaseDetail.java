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
    List<AttachmentInfo> attachments) {

  public record VersionInfo(int number, Instant recordedAt, String recordedBy, String reason) {}

  public record AttachmentInfo(long id, String fileName, String mediaType, long size, String sha256, int version) {}
}
