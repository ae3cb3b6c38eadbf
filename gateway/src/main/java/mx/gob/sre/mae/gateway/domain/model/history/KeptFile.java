package mx.gob.sre.mae.gateway.domain.model.history;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import mx.gob.sre.mae.gateway.domain.model.cases.StoredFile;

/**
 * A file kept as evidence with something staff work on (an authority's document, a support request's
 * result): its name, type, size and the SHA-256 under which the attachment store holds it. Written
 * once; a correction is another file.
 */
@MappedSuperclass
public abstract class KeptFile {

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

  protected KeptFile() {}

  protected KeptFile(StoredFile file, String fileName) {
    this.fileName = fileName;
    this.mediaType = file.mediaType();
    this.size = file.size();
    this.sha256 = file.sha256();
    this.storageKey = file.storageKey();
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException(getClass().getSimpleName() + " is evidence and never changes: " + sha256);
  }

  public String fileName() { return fileName; }
  public String mediaType() { return mediaType; }
  public long size() { return size; }
  public String sha256() { return sha256; }
  public String storageKey() { return storageKey; }

  /** The file as the attachment store holds it. */
  public StoredFile stored() {
    return new StoredFile(storageKey, mediaType, size, sha256);
  }
}
