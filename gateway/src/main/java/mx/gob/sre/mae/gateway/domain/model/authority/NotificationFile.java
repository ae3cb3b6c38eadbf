package mx.gob.sre.mae.gateway.domain.model.authority;

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
import mx.gob.sre.mae.gateway.domain.model.cases.StoredFile;

/** A document the authority sent with its notification, stored by SHA-256 (chain of custody). Written once. */
@Entity
@Table(name = "authority_notification_file")
public class NotificationFile {

  @Id
  @SequenceGenerator(name = "authority_notification_file_seq", sequenceName = "authority_notification_file_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authority_notification_file_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "notification_id")
  private AuthorityNotification notification;

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

  protected NotificationFile() {}

  NotificationFile(AuthorityNotification notification, StoredFile file, String fileName) {
    this.notification = notification;
    this.fileName = fileName;
    this.mediaType = file.mediaType();
    this.size = file.size();
    this.sha256 = file.sha256();
    this.storageKey = file.storageKey();
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException("Notification files are evidence and never change: " + sha256);
  }

  public String fileName() { return fileName; }
  public String sha256() { return sha256; }
  public long size() { return size; }
  public String mediaType() { return mediaType; }

  /** The stored file, to attach to the case on confirmation. */
  public StoredFile stored() {
    return new StoredFile(storageKey, mediaType, size, sha256);
  }
}
