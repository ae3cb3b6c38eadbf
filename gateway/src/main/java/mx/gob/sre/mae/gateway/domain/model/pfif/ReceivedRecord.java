package mx.gob.sre.mae.gateway.domain.model.pfif;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One version of a record another person-finding repository sent over PFIF, kept as it came: the
 * record as a PFIF 1.4 document, a hash of its content without the entry date (to tell a real
 * change from a re-export), who imported it and when. Written once.
 */
@MappedSuperclass
public abstract class ReceivedRecord {

  @Column(name = "version_no", nullable = false, updatable = false)
  private int versionNo;

  @Column(name = "entry_date", updatable = false)
  private OffsetDateTime entryDate;

  @Column(name = "source_date", nullable = false, updatable = false)
  private OffsetDateTime sourceDate;

  @Column(nullable = false, updatable = false, length = 1000000)
  private String content;

  @Column(name = "content_hash", nullable = false, updatable = false)
  private String contentHash;

  @Column(name = "stored_at", nullable = false, updatable = false)
  private OffsetDateTime storedAt;

  @Column(name = "imported_by", nullable = false, updatable = false)
  private String importedBy;

  @Column(name = "consulate_code", nullable = false, updatable = false)
  private String consulateCode;

  protected ReceivedRecord() {}

  protected ReceivedRecord(int version, Instant entryDate, Instant sourceDate, String content, String contentHash, Instant storedAt,
      String importedBy, String consulateCode) {
    this.versionNo = version;
    this.entryDate = entryDate == null ? null : utc(entryDate);
    this.sourceDate = utc(sourceDate);
    this.content = content;
    this.contentHash = contentHash;
    this.storedAt = utc(storedAt);
    this.importedBy = importedBy;
    this.consulateCode = consulateCode;
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException("Records received over PFIF are append-only; store a new version instead");
  }

  /**
   * True when {@code incoming} is a newer version of this record: its entry date is later than the
   * one stored (a stored record without entry date is older than any dated one) and its content differs.
   */
  public boolean supersededBy(Instant incomingEntryDate, String incomingHash) {
    boolean later = incomingEntryDate != null && (entryDate == null || incomingEntryDate.isAfter(entryDate.toInstant()));
    return later && !incomingHash.equals(contentHash);
  }

  public int version() { return versionNo; }
  public Instant entryDate() { return entryDate == null ? null : entryDate.toInstant(); }
  public Instant sourceDate() { return sourceDate.toInstant(); }
  public String content() { return content; }
  public String contentHash() { return contentHash; }
  public Instant storedAt() { return storedAt.toInstant(); }
  public String importedBy() { return importedBy; }
  public String consulateCode() { return consulateCode; }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
