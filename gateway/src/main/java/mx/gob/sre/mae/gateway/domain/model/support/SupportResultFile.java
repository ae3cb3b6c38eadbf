package mx.gob.sre.mae.gateway.domain.model.support;

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
import mx.gob.sre.mae.gateway.domain.model.cases.StoredFile;

/**
 * A result of a support request (interview record, sample custody form, notification receipt,
 * document obtained) in the content-addressed attachment store, with its chain of custody: SHA-256,
 * who uploaded it and when. Never changed or deleted; a correction is another file.
 */
@Entity
@Table(name = "support_result")
public class SupportResultFile {

  @Id
  @SequenceGenerator(name = "support_result_seq", sequenceName = "support_result_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_result_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id")
  private SupportRequest request;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "media_type", nullable = false, updatable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long size;

  @Column(nullable = false, updatable = false)
  private String sha256;

  @Column(name = "storage_key", nullable = false, updatable = false)
  private String storageKey;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private OffsetDateTime uploadedAt;

  protected SupportResultFile() {}

  SupportResultFile(SupportRequest request, StoredFile file, String fileName, String uploadedBy, Instant now) {
    this.request = request;
    this.fileName = fileName;
    this.mediaType = file.mediaType();
    this.size = file.size();
    this.sha256 = file.sha256();
    this.storageKey = file.storageKey();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = now.atOffset(ZoneOffset.UTC);
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException("Support request results are never changed or deleted");
  }

  public Long id() { return id; }
  public String fileName() { return fileName; }
  public String mediaType() { return mediaType; }
  public long size() { return size; }
  public String sha256() { return sha256; }
  public String storageKey() { return storageKey; }
  public String uploadedBy() { return uploadedBy; }
  public Instant uploadedAt() { return uploadedAt.toInstant(); }
}
