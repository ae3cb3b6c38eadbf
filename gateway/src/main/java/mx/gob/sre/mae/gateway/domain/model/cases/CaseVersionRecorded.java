package mx.gob.sre.mae.gateway.domain.model.cases;

import java.time.Instant;
import java.util.List;

/**
 * Fired when a case version is stored; observers that send anything outside act only after the
 * transaction commits.
 */
public record CaseVersionRecorded(
    Folio folio,
    int version,
    Channel channel,
    String consulateCode,
    String originalLanguage,
    Instant recordedAt,
    CaseContent content,
    List<StoredAttachment> attachments,
    java.util.Map<String, Translation> translations,
    List<AuthorityNotice> notices) {

  public CaseVersionRecorded {
    notices = notices == null ? List.of() : List.copyOf(notices);
  }

  /** A version without foreign-authority notices. */
  public CaseVersionRecorded(Folio folio, int version, Channel channel, String consulateCode, String originalLanguage,
      Instant recordedAt, CaseContent content, List<StoredAttachment> attachments, java.util.Map<String, Translation> translations) {
    this(folio, version, channel, consulateCode, originalLanguage, recordedAt, content, attachments, translations, List.of());
  }

  public record StoredAttachment(String fileName, String mediaType, long size, String sha256) {}

  public static CaseVersionRecorded of(CaseFile c, CaseVersion v) {
    return new CaseVersionRecorded(
        c.folio(), v.number(), c.channel(), c.consulateCode(), c.originalLanguage(), v.recordedAt(),
        v.content(),
        c.attachments().stream()
            .map(a -> new StoredAttachment(a.fileName(), a.mediaType(), a.size(), a.sha256()))
            .toList(),
        v.translations(),
        c.noticesAt(v.number()));
  }
}
