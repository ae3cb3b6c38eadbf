package mx.gob.sre.mae.gateway.domain.model.visa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** An appointment at the consulate offered by an officer; the applicant confirms one of them. */
@Entity
@Table(name = "visa_slot")
public class VisaSlot {

  @Id
  @SequenceGenerator(name = "visa_slot_seq", sequenceName = "visa_slot_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visa_slot_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "request_id")
  private VisaRequest request;

  @Column(name = "starts_at", nullable = false, updatable = false)
  private OffsetDateTime startsAt;

  @Column(name = "offered_by", nullable = false, updatable = false)
  private String offeredBy;

  @Column(name = "offered_at", nullable = false, updatable = false)
  private OffsetDateTime offeredAt;

  @Column(name = "confirmed_at")
  private OffsetDateTime confirmedAt;

  protected VisaSlot() {}

  VisaSlot(VisaRequest request, Instant startsAt, String officer, Instant now) {
    this.request = request;
    this.startsAt = startsAt.atOffset(ZoneOffset.UTC);
    this.offeredBy = officer;
    this.offeredAt = now.atOffset(ZoneOffset.UTC);
  }

  void confirm(Instant now) {
    confirmedAt = now.atOffset(ZoneOffset.UTC);
  }

  @PreRemove
  void refuseRemoval() {
    throw new IllegalStateException("Appointments are never deleted");
  }

  public Long id() { return id; }
  public Instant startsAt() { return startsAt.toInstant(); }
  public String offeredBy() { return offeredBy; }
  public Instant offeredAt() { return offeredAt.toInstant(); }
  public boolean confirmed() { return confirmedAt != null; }
  public Instant confirmedAt() { return confirmedAt == null ? null : confirmedAt.toInstant(); }
}
