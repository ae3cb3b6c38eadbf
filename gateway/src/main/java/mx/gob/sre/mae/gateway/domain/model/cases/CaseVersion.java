package mx.gob.sre.mae.gateway.domain.model.cases;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** One version of a case's content, written once and never changed (append-only history). */
@Entity
@Table(name = "case_version")
public class CaseVersion {

  @Id
  @SequenceGenerator(name = "case_version_seq", sequenceName = "case_version_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_version_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "case_id")
  private CaseFile caseFile;

  @Column(name = "version_no", nullable = false)
  private int number;

  @Column(name = "recorded_at", nullable = false)
  private OffsetDateTime recordedAt;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(nullable = false)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(name = "reporter_mode", nullable = false)
  private ReporterMode reporterMode;

  @Column(name = "reporter_name")
  private String reporterName;

  @Column(name = "reporter_relationship")
  private String reporterRelationship;

  @Column(name = "reporter_email")
  private String reporterEmail;

  @Column(name = "reporter_phone")
  private String reporterPhone;

  @Column(name = "reporter_address")
  private String reporterAddress;

  @Column(name = "reporter_country")
  private String reporterCountry;

  @Column(length = 20000)
  private String circumstances;

  @Column(name = "official_involvement", nullable = false)
  private boolean officialInvolvement;

  @OneToMany(mappedBy = "version", cascade = CascadeType.PERSIST)
  @OrderBy("position ASC")
  private List<MissingPerson> missingPersons = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "involved_party", joinColumns = @JoinColumn(name = "version_id"))
  private List<InvolvedParty> parties = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "text_translation", joinColumns = @JoinColumn(name = "version_id"))
  private List<TextTranslation> translations = new ArrayList<>();

  protected CaseVersion() {}

  CaseVersion(CaseFile caseFile, int number, CaseContent content, java.util.Collection<Translation> spanish, String recordedBy,
      String reason, Instant now) {
    spanish.forEach(t -> translations.add(new TextTranslation(t)));
    this.caseFile = caseFile;
    this.number = number;
    this.recordedAt = utc(now);
    this.recordedBy = recordedBy;
    this.reason = reason;
    CaseContent.Reporter r = content.reporter();
    this.reporterMode = r.mode();
    this.reporterName = r.name();
    this.reporterRelationship = r.relationship();
    this.reporterEmail = r.email();
    this.reporterPhone = r.phone();
    this.reporterAddress = r.address();
    this.reporterCountry = r.country();
    this.circumstances = content.circumstances();
    this.officialInvolvement = content.publicOfficialInvolvementSuspected();
    List<CaseContent.Person> persons = content.missingPersons();
    IntStream.range(0, persons.size())
        .forEach(i -> missingPersons.add(new MissingPerson(this, i, persons.get(i))));
    addParties(InvolvedParty.Role.PERPETRATOR, content.allegedPerpetrators());
    addParties(InvolvedParty.Role.WITNESS, content.witnesses());
  }

  private void addParties(InvolvedParty.Role role, List<CaseContent.Party> list) {
    IntStream.range(0, list.size()).forEach(i -> parties.add(new InvolvedParty(role, i, list.get(i))));
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new IllegalStateException("Case versions are append-only; record a new version instead");
  }

  /** The content this version records, as an immutable value. */
  public CaseContent content() {
    CaseContent.Reporter reporter =
        new CaseContent.Reporter(
            reporterMode, reporterName, reporterRelationship, reporterEmail, reporterPhone,
            reporterAddress, reporterCountry);
    return new CaseContent(
        reporter,
        missingPersons.stream().map(MissingPerson::toValue).toList(),
        circumstances,
        parties(InvolvedParty.Role.PERPETRATOR),
        parties(InvolvedParty.Role.WITNESS),
        officialInvolvement);
  }

  /** The Spanish translations this version carries, by field path ("circumstances", "missingPersons[0].description"). */
  public java.util.Map<String, Translation> translations() {
    java.util.Map<String, Translation> map = new java.util.LinkedHashMap<>();
    translations.stream().map(TextTranslation::toValue).forEach(t -> map.put(t.field(), t));
    return map;
  }

  private List<CaseContent.Party> parties(InvolvedParty.Role role) {
    return parties.stream()
        .filter(p -> p.role() == role)
        .sorted(Comparator.comparingInt(InvolvedParty::position))
        .map(InvolvedParty::toValue)
        .toList();
  }

  public int number() {
    return number;
  }

  public Instant recordedAt() {
    return recordedAt.toInstant();
  }

  public String recordedBy() {
    return recordedBy;
  }

  public String reason() {
    return reason;
  }

  public CaseFile caseFile() {
    return caseFile;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
