package mx.gob.sre.mae.gateway.domain.model.visa;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in a visa request's history: who did what, when. Written once, never changed or deleted. */
@Entity
@Table(name = "visa_event")
public class VisaEvent extends mx.gob.sre.mae.gateway.domain.model.history.HistoryEntry {

  @Id
  @SequenceGenerator(name = "visa_event_seq", sequenceName = "visa_event_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visa_event_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id")
  private VisaRequest request;

  protected VisaEvent() {}

  VisaEvent(VisaRequest request, String actor, String action, String detail, Instant now) {
    super(actor, action, detail, 2000, now);
    this.request = request;
  }
}
