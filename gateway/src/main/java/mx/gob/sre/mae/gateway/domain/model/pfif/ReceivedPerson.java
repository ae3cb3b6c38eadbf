package mx.gob.sre.mae.gateway.domain.model.pfif;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A version of a person record received over PFIF. Not a case: unverified, and possibly not missing in Mexico. */
@Entity
@Table(name = "pfif_person")
public class ReceivedPerson extends ReceivedRecord {

  @Id
  @SequenceGenerator(name = "pfif_person_seq", sequenceName = "pfif_person_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pfif_person_seq")
  private Long id;

  @Column(name = "record_id", nullable = false, updatable = false)
  private String recordId;

  @Column(name = "full_name", nullable = false, updatable = false)
  private String fullName;

  protected ReceivedPerson() {}

  public ReceivedPerson(String recordId, int version, Instant entryDate, Instant sourceDate, String fullName, String content,
      String contentHash, Instant storedAt, String importedBy, String consulateCode) {
    super(version, entryDate, sourceDate, content, contentHash, storedAt, importedBy, consulateCode);
    this.recordId = recordId;
    this.fullName = fullName;
  }

  public String recordId() { return recordId; }
  public String fullName() { return fullName; }
}
