package mx.gob.sre.mae.gateway.domain.model.support;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
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
public class SupportResultFile extends mx.gob.sre.mae.gateway.domain.model.history.KeptFile {

  @Id
  @SequenceGenerator(name = "support_result_seq", sequenceName = "support_result_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_result_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id")
  private SupportRequest request;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private OffsetDateTime uploadedAt;

  protected SupportResultFile() {}

  SupportResultFile(SupportRequest request, StoredFile file, String fileName, String uploadedBy, Instant now) {
    super(file, fileName);
    this.request = request;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = now.atOffset(ZoneOffset.UTC);
  }

  public Long id() { return id; }
  public String uploadedBy() { return uploadedBy; }
  public Instant uploadedAt() { return uploadedAt.toInstant(); }
}
