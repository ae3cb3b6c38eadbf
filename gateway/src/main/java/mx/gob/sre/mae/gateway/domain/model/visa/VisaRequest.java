package mx.gob.sre.mae.gateway.domain.model.visa;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreRemove;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import mx.gob.sre.mae.gateway.domain.model.cases.StoredFile;

/**
 * A relative's request for a humanitarian visa, processed at the consulate where they live
 * (CED/C/MEX/VR/1 para. 47; Mexico's observations para. 184): the applicant, the case or invitation
 * it rests on, a document checklist, appointments, the decision, and an append-only history. The
 * fee is zero on every request and the basis for waiving it is recorded with it; neither can be
 * changed. A decided request (approved or refused) is never changed again. Never deleted.
 */
@Entity
@Table(name = "visa_request")
public class VisaRequest {

  @Id
  @SequenceGenerator(name = "visa_request_seq", sequenceName = "visa_request_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visa_request_seq")
  private Long id;

  @Column(nullable = false, unique = true, updatable = false)
  private String reference;

  @Column(name = "consulate_code", nullable = false, updatable = false)
  private String consulateCode;

  @Column(name = "access_code_hash", nullable = false)
  private String accessCodeHash;

  @Column(nullable = false, updatable = false)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private VisaStatus status;

  @Column(name = "applicant_name", nullable = false, updatable = false)
  private String applicantName;

  @Column(nullable = false, updatable = false)
  private String nationality;

  @Enumerated(EnumType.STRING)
  @Column(name = "travel_document_type", nullable = false, updatable = false)
  private TravelDocumentType travelDocumentType;

  @Column(name = "travel_document_number", nullable = false, updatable = false)
  private String travelDocumentNumber;

  @Column(name = "date_of_birth", updatable = false)
  private LocalDate dateOfBirth;

  @Column(updatable = false)
  private String email;

  @Column(updatable = false)
  private String phone;

  @Column(nullable = false, updatable = false)
  private String relationship;

  @Column(name = "missing_person_name", updatable = false)
  private String missingPersonName;

  @Column(name = "related_folio", updatable = false)
  private String relatedFolio;

  @Column(name = "invitation_agency", updatable = false)
  private String invitationAgency;

  @Column(name = "invitation_reference", updatable = false)
  private String invitationReference;

  @Column(name = "invitation_purpose", updatable = false)
  private String invitationPurpose;

  @Column(name = "invitation_from", updatable = false)
  private LocalDate invitationFrom;

  @Column(name = "invitation_to", updatable = false)
  private LocalDate invitationTo;

  @Column(name = "travel_from", updatable = false)
  private LocalDate travelFrom;

  @Column(name = "travel_to", updatable = false)
  private LocalDate travelTo;

  @Column(name = "fee_amount", nullable = false, updatable = false)
  private BigDecimal feeAmount;

  @Column(name = "fee_currency", nullable = false, updatable = false)
  private String feeCurrency;

  @Column(name = "fee_waiver_basis", nullable = false, updatable = false)
  private String feeWaiverBasis;

  @Enumerated(EnumType.STRING)
  private VisaDecision decision;

  @Column(name = "decision_reasons")
  private String decisionReasons;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
  @OrderBy("id ASC")
  private List<VisaDocument> documents = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
  @OrderBy("startsAt ASC")
  private List<VisaSlot> slots = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
  @OrderBy("id ASC")
  private List<VisaEvent> history = new ArrayList<>();

  protected VisaRequest() {}

  /**
   * A new request: status SUBMITTED, fee zero with {@code feeWaiverBasis} recorded, and a checklist
   * of passport, proof of relationship, the invitation (only when there is one) and a photo.
   */
  public static VisaRequest apply(VisaReference reference, String consulateCode, String accessCodeHash, VisaApplication application,
      String feeWaiverBasis, String actor, Instant now) {
    if (feeWaiverBasis == null || feeWaiverBasis.isBlank()) {
      throw new IllegalArgumentException("The legal basis for waiving the fee must be recorded on every request");
    }
    VisaRequest r = new VisaRequest();
    r.reference = reference.value();
    r.consulateCode = consulateCode;
    r.accessCodeHash = accessCodeHash;
    VisaApplication.Applicant a = application.applicant();
    r.language = a.language();
    r.applicantName = a.name();
    r.nationality = a.nationality();
    r.travelDocumentType = a.travelDocumentType();
    r.travelDocumentNumber = a.travelDocumentNumber();
    r.dateOfBirth = a.dateOfBirth();
    r.email = a.email();
    r.phone = a.phone();
    r.relationship = application.relationship();
    r.missingPersonName = application.missingPersonName();
    r.relatedFolio = application.relatedFolio();
    VisaApplication.Invitation i = application.invitation();
    if (i != null) {
      r.invitationAgency = i.agency();
      r.invitationReference = i.reference();
      r.invitationPurpose = i.purpose();
      r.invitationFrom = i.from();
      r.invitationTo = i.to();
    }
    r.travelFrom = application.travelFrom();
    r.travelTo = application.travelTo();
    r.feeAmount = FeeWaiver.AMOUNT;
    r.feeCurrency = FeeWaiver.CURRENCY;
    r.feeWaiverBasis = feeWaiverBasis.strip();
    r.status = VisaStatus.SUBMITTED;
    r.createdAt = utc(now);
    r.createdBy = actor;
    r.updatedAt = utc(now);
    for (DocumentType type : checklistFor(i != null)) {
      r.documents.add(new VisaDocument(r, type, actor, now));
    }
    r.record(actor, "APPLIED", r.relatedFolio != null ? "case " + r.relatedFolio : "invitation " + r.invitationAgency, now);
    return r;
  }

  /** The documents a request needs: the invitation only when an authority invited the applicant. */
  public static List<DocumentType> checklistFor(boolean invited) {
    return invited
        ? List.of(DocumentType.PASSPORT, DocumentType.RELATIONSHIP_PROOF, DocumentType.INVITATION, DocumentType.PHOTO)
        : List.of(DocumentType.PASSPORT, DocumentType.RELATIONSHIP_PROOF, DocumentType.PHOTO);
  }

  /** The applicant's file for one checklist item, stored by SHA-256. */
  public void upload(DocumentType type, StoredFile file, String fileName, String actor, Instant now) {
    requireOpen();
    document(type).uploaded(file, fileName, actor, now);
    record(actor, "DOCUMENT_UPLOADED", type + " sha256=" + file.sha256() + " (" + file.mediaType() + ", " + file.size() + " bytes)", now);
  }

  /** An officer has seen the original at the counter. */
  public void markSeenAtCounter(DocumentType type, String officer, Instant now) {
    requireOpen();
    document(type).seenAtCounter(officer, now);
    record(officer, "DOCUMENT_SEEN_AT_COUNTER", type.name(), now);
  }

  /** An officer asks the applicant for documents (the message itself goes through the family outbox). */
  public void requestDocuments(Collection<DocumentType> types, String note, String officer, Instant now) {
    requireOpen();
    types.forEach(this::document);
    status = VisaStatus.DOCUMENTS_REQUESTED;
    String list = types.stream().map(Enum::name).collect(Collectors.joining(", "));
    record(officer, "DOCUMENTS_REQUESTED", note == null ? list : list + ": " + note, now);
  }

  /** An officer offers appointments at the consulate; the applicant confirms one. */
  public List<VisaSlot> offerSlots(Collection<Instant> startTimes, String officer, Instant now) {
    requireOpen();
    if (startTimes.isEmpty()) {
      throw new VisaStateException("No appointment offered");
    }
    List<VisaSlot> offered = new ArrayList<>();
    for (Instant start : startTimes) {
      VisaSlot slot = new VisaSlot(this, start, officer, now);
      slots.add(slot);
      offered.add(slot);
    }
    status = VisaStatus.APPOINTMENT_OFFERED;
    record(officer, "APPOINTMENTS_OFFERED", startTimes.stream().map(Instant::toString).collect(Collectors.joining(", ")), now);
    return offered;
  }

  /** The applicant confirms one offered appointment; only one is ever confirmed. */
  public void confirm(VisaSlot slot, String actor, Instant now) {
    requireOpen();
    if (!slots.contains(slot)) {
      throw new VisaStateException("Not an appointment of " + reference);
    }
    if (confirmedSlot().isPresent()) {
      throw new VisaStateException("An appointment is already confirmed for " + reference);
    }
    slot.confirm(now);
    status = VisaStatus.APPOINTMENT_CONFIRMED;
    record(actor, "APPOINTMENT_CONFIRMED", slot.startsAt().toString(), now);
  }

  /**
   * The officer's decision, always with reasons. Approval needs every checklist item uploaded or
   * seen; approval and refusal are final. Returns whether the decision is final (then notified).
   */
  public boolean decide(VisaDecision newDecision, String reasons, String officer, Instant now) {
    requireOpen();
    if (reasons == null || reasons.isBlank()) {
      throw new VisaStateException("A decision needs reasons");
    }
    if (newDecision == VisaDecision.APPROVED && !missingDocuments().isEmpty()) {
      throw new IncompleteChecklistException(missingDocuments());
    }
    decision = newDecision;
    decisionReasons = reasons.strip();
    decidedAt = utc(now);
    decidedBy = officer;
    status = switch (newDecision) {
      case APPROVED -> VisaStatus.APPROVED;
      case REFUSED -> VisaStatus.REFUSED;
      case MORE_INFO_REQUESTED -> VisaStatus.MORE_INFO_REQUESTED;
    };
    record(officer, "DECIDED_" + newDecision.name(), decisionReasons, now);
    return newDecision.isFinal();
  }

  /** A new private access code replaces the old one (shown once). */
  public void replaceAccessCode(String newHash, String officer, Instant now) {
    accessCodeHash = newHash;
    record(officer, "ACCESS_CODE_REISSUED", null, now);
  }

  public List<DocumentType> missingDocuments() {
    return documents.stream().filter(d -> d.state() == DocumentState.MISSING).map(VisaDocument::type).toList();
  }

  public boolean needs(DocumentType type) {
    return documents.stream().anyMatch(d -> d.type() == type);
  }

  public Optional<VisaSlot> confirmedSlot() {
    return slots.stream().filter(VisaSlot::confirmed).findFirst();
  }

  private VisaDocument document(DocumentType type) {
    return documents.stream().filter(d -> d.type() == type).findFirst()
        .orElseThrow(() -> new NotOnChecklistException(type));
  }

  private void requireOpen() {
    if (status.isFinal()) {
      throw new VisaStateException(reference + " is " + status + ": a decided request is not changed");
    }
  }

  private void record(String actor, String action, String detail, Instant now) {
    history.add(new VisaEvent(this, actor, action, detail, now));
    updatedAt = utc(now);
  }

  @PreRemove
  void refuseRemoval() {
    throw new IllegalStateException("Visa requests are never deleted: " + reference);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** Approval with documents still missing. */
  public static class IncompleteChecklistException extends VisaStateException {
    private final transient List<DocumentType> missing;

    public IncompleteChecklistException(List<DocumentType> missing) {
      super("Documents missing: " + missing);
      this.missing = List.copyOf(missing);
    }

    public List<DocumentType> missing() {
      return missing;
    }
  }

  /** A document type this request does not need (an invitation without one). */
  public static class NotOnChecklistException extends VisaStateException {
    private final DocumentType type;

    public NotOnChecklistException(DocumentType type) {
      super("Not on the checklist: " + type);
      this.type = type;
    }

    public DocumentType type() {
      return type;
    }
  }

  public Long id() { return id; }
  public VisaReference reference() { return new VisaReference(reference); }
  public String consulateCode() { return consulateCode; }
  public String accessCodeHash() { return accessCodeHash; }
  public String language() { return language; }
  public VisaStatus status() { return status; }
  public String applicantName() { return applicantName; }
  public String nationality() { return nationality; }
  public TravelDocumentType travelDocumentType() { return travelDocumentType; }
  public String travelDocumentNumber() { return travelDocumentNumber; }
  public LocalDate dateOfBirth() { return dateOfBirth; }
  public String email() { return email; }
  public String phone() { return phone; }
  public String relationship() { return relationship; }
  public String missingPersonName() { return missingPersonName; }
  public String relatedFolio() { return relatedFolio; }
  public boolean invited() { return invitationAgency != null; }
  public String invitationAgency() { return invitationAgency; }
  public String invitationReference() { return invitationReference; }
  public String invitationPurpose() { return invitationPurpose; }
  public LocalDate invitationFrom() { return invitationFrom; }
  public LocalDate invitationTo() { return invitationTo; }
  public LocalDate travelFrom() { return travelFrom; }
  public LocalDate travelTo() { return travelTo; }
  public BigDecimal feeAmount() { return feeAmount; }
  public String feeCurrency() { return feeCurrency; }
  public String feeWaiverBasis() { return feeWaiverBasis; }
  public VisaDecision decision() { return decision; }
  public String decisionReasons() { return decisionReasons; }
  public Instant decidedAt() { return decidedAt == null ? null : decidedAt.toInstant(); }
  public String decidedBy() { return decidedBy; }
  public Instant createdAt() { return createdAt.toInstant(); }
  public String createdBy() { return createdBy; }
  public Instant updatedAt() { return updatedAt.toInstant(); }
  public List<VisaDocument> documents() { return Collections.unmodifiableList(documents); }
  public List<VisaSlot> slots() { return Collections.unmodifiableList(slots); }
  public List<VisaEvent> history() { return Collections.unmodifiableList(history); }
}
