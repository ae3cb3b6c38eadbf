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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A confirmed foreign-authority notice on a case, from the version that recorded it on. Written once. */
@Entity
@Table(name = "case_authority_notice")
public class CaseNotice {

  @Id
  @SequenceGenerator(name = "case_authority_notice_seq", sequenceName = "case_authority_notice_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_authority_notice_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private CaseFile caseFile;

  @Column(name = "version_no", nullable = false)
  private int versionNumber;

  @Column(nullable = false) private String reference;
  @Column(name = "notice_type", nullable = false) private String type;
  @Column(name = "event_date") private LocalDate eventDate;
  private String place;
  private String country;
  @Column(name = "authority_name", nullable = false) private String authorityName;
  @Column(name = "authority_country", nullable = false) private String authorityCountry;
  @Column(name = "authority_kind", nullable = false) private String authorityKind;
  @Column(name = "facility_name") private String facilityName;
  @Column(name = "facility_contact") private String facilityContact;
  @Column(length = 20000) private String narrative;
  @Column(name = "confirmed_by", nullable = false) private String confirmedBy;
  @Column(name = "confirmed_at", nullable = false) private OffsetDateTime confirmedAt;

  protected CaseNotice() {}

  CaseNotice(CaseFile caseFile, int versionNumber, AuthorityNotice n) {
    this.caseFile = caseFile;
    this.versionNumber = versionNumber;
    this.reference = n.reference();
    this.type = n.type();
    this.eventDate = n.eventDate();
    this.place = n.place();
    this.country = n.country();
    this.authorityName = n.authorityName();
    this.authorityCountry = n.authorityCountry();
    this.authorityKind = n.authorityKind();
    this.facilityName = n.facilityName();
    this.facilityContact = n.facilityContact();
    this.narrative = n.narrative();
    this.confirmedBy = n.confirmedBy();
    this.confirmedAt = n.confirmedAt().atOffset(ZoneOffset.UTC);
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException("Authority notices on a case are written once: " + reference);
  }

  public int versionNumber() {
    return versionNumber;
  }

  public AuthorityNotice toValue() {
    return new AuthorityNotice(reference, type, eventDate, place, country, authorityName, authorityCountry, authorityKind,
        facilityName, facilityContact, narrative, confirmedBy, confirmedAt.toInstant());
  }
}
