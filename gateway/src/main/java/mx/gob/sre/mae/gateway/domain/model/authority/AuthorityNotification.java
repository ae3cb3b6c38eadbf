package mx.gob.sre.mae.gateway.domain.model.authority;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import mx.gob.sre.mae.gateway.domain.model.cases.StoredFile;

/**
 * What a foreign authority told a consulate about a person, waiting for an officer. Nothing of it
 * reaches an agency or a family until an officer decides: confirm it into a case, open a new case
 * with it, or reject it (a wrong "deceased" notice is a harm). An emailed notification arrives as
 * UNKNOWN and must be classified first. Every step is an event in its append-only history; once
 * decided it never changes again. Never deleted.
 */
@Entity
@Table(name = "authority_notification")
public class AuthorityNotification {

  /** Sources. */
  public static final String API = "API";
  public static final String EMAIL = "EMAIL";

  @Id
  @SequenceGenerator(name = "authority_notification_seq", sequenceName = "authority_notification_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authority_notification_seq")
  private Long id;

  @Column(nullable = false, unique = true, updatable = false)
  private String reference;

  @ManyToOne(optional = false)
  @JoinColumn(name = "authority_id", updatable = false)
  private ForeignAuthority authority;

  @Column(name = "consulate_code", nullable = false, updatable = false)
  private String consulateCode;

  @Column(name = "authority_reference", nullable = false, updatable = false)
  private String authorityReference;

  @Column(nullable = false, updatable = false)
  private String source;

  @Enumerated(EnumType.STRING)
  @Column(name = "notice_type", nullable = false)
  private NotificationType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private NotificationStatus status;

  @Column(name = "given_names", updatable = false) private String givenNames;
  @Column(name = "first_surname", updatable = false) private String firstSurname;
  @Column(name = "second_surname", updatable = false) private String secondSurname;
  @Column(updatable = false) private String sex;
  @Column(name = "date_of_birth", updatable = false) private LocalDate dateOfBirth;
  @Column(name = "approximate_age", updatable = false) private Integer approximateAge;
  @Column(updatable = false) private String nationality;
  @Column(updatable = false) private String curp;
  @Column(name = "document_type", updatable = false) private String documentType;
  @Column(name = "document_number", updatable = false) private String documentNumber;

  @Column(name = "event_date", updatable = false) private LocalDate eventDate;
  @Column(updatable = false) private String place;
  @Column(updatable = false) private String country;
  @Column(name = "facility_name", updatable = false) private String facilityName;
  @Column(name = "facility_contact", updatable = false) private String facilityContact;
  @Column(length = 20000, updatable = false) private String narrative;

  @Column(name = "received_at", nullable = false, updatable = false)
  private OffsetDateTime receivedAt;

  private String folio;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  @OneToMany(mappedBy = "notification", cascade = CascadeType.PERSIST)
  @OrderBy("position ASC")
  private List<NotificationCandidate> candidates = new ArrayList<>();

  @OneToMany(mappedBy = "notification", cascade = CascadeType.PERSIST)
  @OrderBy("id ASC")
  private List<NotificationFile> files = new ArrayList<>();

  @OneToMany(mappedBy = "notification", cascade = CascadeType.PERSIST)
  @OrderBy("id ASC")
  private List<NotificationEvent> events = new ArrayList<>();

  protected AuthorityNotification() {}

  /** A notification just received; {@code actor} names who sent it ("authority:12", "email"). */
  public static AuthorityNotification receive(NotificationReference reference, ForeignAuthority authority, String authorityReference,
      String source, NotificationType type, NotifiedPerson person, NotificationFacts facts, String actor, Instant now) {
    if (type.classified() && !authority.allows(type)) {
      throw new TypeNotAllowedException(authority.name(), type);
    }
    AuthorityNotification n = new AuthorityNotification();
    n.reference = reference.value();
    n.authority = authority;
    n.consulateCode = authority.consulateCode();
    n.authorityReference = authorityReference;
    n.source = source;
    n.type = type;
    n.status = NotificationStatus.PENDING_REVIEW;
    n.givenNames = person.givenNames();
    n.firstSurname = person.firstSurname();
    n.secondSurname = person.secondSurname();
    n.sex = person.sex();
    n.dateOfBirth = person.dateOfBirth();
    n.approximateAge = person.approximateAge();
    n.nationality = person.nationality();
    n.curp = person.curp();
    n.documentType = person.documentType();
    n.documentNumber = person.documentNumber();
    n.eventDate = facts.eventDate();
    n.place = facts.place();
    n.country = facts.country();
    n.facilityName = facts.facilityName();
    n.facilityContact = facts.facilityContact();
    n.narrative = facts.narrative();
    n.receivedAt = now.atOffset(ZoneOffset.UTC);
    n.events.add(new NotificationEvent(n, actor, NotificationEvent.RECEIVED, source + " " + type + " from " + authority.name(), now));
    return n;
  }

  public void addCandidate(String candidateFolio, double score, String decision, String explanation) {
    candidates.add(new NotificationCandidate(this, candidates.size(), candidateFolio, score, decision, explanation));
  }

  public void addFile(StoredFile file, String fileName) {
    files.add(new NotificationFile(this, file, fileName));
  }

  /** An officer sets the type of an emailed notification (or corrects it while it is pending). */
  public void classify(NotificationType newType, String officer, Instant now) {
    requirePending();
    if (!newType.classified()) {
      throw new NotificationStateException("A notification is classified with a known type");
    }
    events.add(new NotificationEvent(this, officer, NotificationEvent.CLASSIFIED, type + " -> " + newType, now));
    type = newType;
  }

  /** The officer says a candidate case is not this person; remembered in the history, never proposed as a link again. */
  public void rejectCandidate(String candidateFolio, String officer, Instant now) {
    requirePending();
    events.add(new NotificationEvent(this, officer, NotificationEvent.CANDIDATE_REJECTED, candidateFolio, now));
  }

  /** The officer confirms that the notification is about the person of case {@code caseFolio}. */
  public void confirm(String caseFolio, String officer, Instant now) {
    decide(NotificationStatus.CONFIRMED, caseFolio, officer, now, NotificationEvent.CONFIRMED, "linked to " + caseFolio);
  }

  /** No open case is this person: the notification became case {@code newFolio}. */
  public void openedCase(String newFolio, String officer, Instant now) {
    decide(NotificationStatus.NEW_CASE, newFolio, officer, now, NotificationEvent.NEW_CASE, "new case " + newFolio);
  }

  /** The notification is not acted on (e.g. a forged or mistaken one), with the officer's reason. */
  public void reject(String reason, String officer, Instant now) {
    decide(NotificationStatus.REJECTED, null, officer, now, NotificationEvent.REJECTED, reason);
  }

  private void decide(NotificationStatus to, String caseFolio, String officer, Instant now, String action, String detail) {
    requirePending();
    if (to != NotificationStatus.REJECTED && !type.classified()) {
      throw new NotificationStateException("Classify the notification before acting on it: " + reference);
    }
    status = to;
    folio = caseFolio;
    decidedBy = officer;
    decidedAt = now.atOffset(ZoneOffset.UTC);
    events.add(new NotificationEvent(this, officer, action, detail, now));
  }

  private void requirePending() {
    if (status != NotificationStatus.PENDING_REVIEW) {
      throw new NotificationStateException("Notification " + reference + " is already " + status);
    }
  }

  /** Folios an officer has said are not this person. */
  public Set<String> rejectedCandidates() {
    return events.stream().filter(e -> e.action().equals(NotificationEvent.CANDIDATE_REJECTED)).map(NotificationEvent::detail)
        .collect(Collectors.toSet());
  }

  @PreRemove
  void refuseRemoval() {
    throw new IllegalStateException("Authority notifications are never deleted: " + reference);
  }

  public Long id() { return id; }
  public NotificationReference reference() { return new NotificationReference(reference); }
  public ForeignAuthority authority() { return authority; }
  public String consulateCode() { return consulateCode; }
  public String authorityReference() { return authorityReference; }
  public String source() { return source; }
  public NotificationType type() { return type; }
  public NotificationStatus status() { return status; }
  public Instant receivedAt() { return receivedAt.toInstant(); }
  public String folio() { return folio; }
  public String decidedBy() { return decidedBy; }
  public Instant decidedAt() { return decidedAt == null ? null : decidedAt.toInstant(); }
  public List<NotificationCandidate> candidates() { return Collections.unmodifiableList(candidates); }
  public List<NotificationFile> files() { return Collections.unmodifiableList(files); }
  public List<NotificationEvent> events() { return Collections.unmodifiableList(events); }

  public NotifiedPerson person() {
    return new NotifiedPerson(givenNames, firstSurname, secondSurname, sex, dateOfBirth, approximateAge, nationality, curp,
        documentType, documentNumber);
  }

  public NotificationFacts facts() {
    return new NotificationFacts(eventDate, place, country, facilityName, facilityContact, narrative);
  }
}
