package mx.gob.sre.mae.gateway.domain.model.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A photo or document of a case, with the SHA-256 taken at intake (chain of custody). Immutable. */
@Entity
@Table(name = "attachment")
public class Attachment {

  @Id
  @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private CaseFile caseFile;

  @Column(name = "version_no", nullable = false)
  private int versionNumber;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "storage_key", nullable = false)
  private String storageKey;

  @Column(name = "added_at", nullable = false)
  private OffsetDateTime addedAt;

  @Column(name = "added_by", nullable = false)
  private String addedBy;

  protected Attachment() {}

  Attachment(CaseFile caseFile, int versionNumber, StoredFile file, String fileName, String addedBy, Instant now) {
    this.caseFile = caseFile;
    this.versionNumber = versionNumber;
    this.fileName = fileName;
    this.mediaType = file.mediaType();
    this.size = file.size();
    this.sha256 = file.sha256();
    this.storageKey = file.storageKey();
    this.addedAt = utc(now);
    this.addedBy = addedBy;
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException("Attachments are evidence and never change: " + sha256);
  }

  public Long id() {
    return id;
  }

  public int versionNumber() {
    return versionNumber;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public long size() {
    return size;
  }

  public String sha256() {
    return sha256;
  }

  public String storageKey() {
    return storageKey;
  }

  public Instant addedAt() {
    return addedAt.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
