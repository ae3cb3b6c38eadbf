package mx.gob.sre.mae.gateway.domain.model.visa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreRemove;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import mx.gob.sre.mae.gateway.domain.model.cases.StoredFile;

/**
 * One item of a request's document checklist and where it stands. An uploaded file is kept in the
 * content-addressed attachment store; every upload's SHA-256 is also in the request's history, so a
 * replaced file is never lost.
 */
@Entity
@Table(name = "visa_document")
public class VisaDocument {

  @Id
  @SequenceGenerator(name = "visa_document_seq", sequenceName = "visa_document_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visa_document_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id")
  private VisaRequest request;

  @Enumerated(EnumType.STRING)
  @Column(name = "doc_type", nullable = false, updatable = false)
  private DocumentType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DocumentState state;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "media_type")
  private String mediaType;

  @Column(name = "size_bytes")
  private Long size;

  private String sha256;

  @Column(name = "storage_key")
  private String storageKey;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(name = "updated_by", nullable = false)
  private String updatedBy;

  protected VisaDocument() {}

  VisaDocument(VisaRequest request, DocumentType type, String actor, Instant now) {
    this.request = request;
    this.type = type;
    this.state = DocumentState.MISSING;
    touch(actor, now);
  }

  void uploaded(StoredFile file, String name, String actor, Instant now) {
    state = DocumentState.UPLOADED;
    fileName = name;
    mediaType = file.mediaType();
    size = file.size();
    sha256 = file.sha256();
    storageKey = file.storageKey();
    touch(actor, now);
  }

  void seenAtCounter(String officer, Instant now) {
    state = DocumentState.SEEN_AT_COUNTER;
    touch(officer, now);
  }

  private void touch(String actor, Instant now) {
    updatedBy = actor;
    updatedAt = now.atOffset(ZoneOffset.UTC);
  }

  @PreRemove
  void refuseRemoval() {
    throw new IllegalStateException("Visa documents are never deleted");
  }

  public DocumentType type() { return type; }
  public DocumentState state() { return state; }
  public String fileName() { return fileName; }
  public String mediaType() { return mediaType; }
  public Long size() { return size; }
  public String sha256() { return sha256; }
  public String storageKey() { return storageKey; }
  public Instant updatedAt() { return updatedAt.toInstant(); }
  public String updatedBy() { return updatedBy; }
}
