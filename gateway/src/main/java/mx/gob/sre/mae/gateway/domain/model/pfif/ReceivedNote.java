package mx.gob.sre.mae.gateway.domain.model.pfif;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A version of a note received over PFIF, about a person of another repository or about one of ours. */
@Entity
@Table(name = "pfif_note")
public class ReceivedNote extends ReceivedRecord {

  @Id
  @SequenceGenerator(name = "pfif_note_seq", sequenceName = "pfif_note_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pfif_note_seq")
  private Long id;

  @Column(name = "note_record_id", nullable = false, updatable = false)
  private String noteRecordId;

  @Column(name = "person_record_id", nullable = false, updatable = false)
  private String personRecordId;

  @Column(updatable = false)
  private String status;

  protected ReceivedNote() {}

  public ReceivedNote(String noteRecordId, String personRecordId, int version, Instant entryDate, Instant sourceDate, String status,
      String content, String contentHash, Instant storedAt, String importedBy, String consulateCode) {
    super(version, entryDate, sourceDate, content, contentHash, storedAt, importedBy, consulateCode);
    this.noteRecordId = noteRecordId;
    this.personRecordId = personRecordId;
    this.status = status;
  }

  public String noteRecordId() { return noteRecordId; }
  public String personRecordId() { return personRecordId; }
  public String status() { return status; }
}
