package mx.gob.sre.mae.gateway.domain.model.cases;

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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One case: one folio, one history. Its content lives in append-only {@link CaseVersion}s; this
 * row only points at the current one. Never deleted (continuous offence, no archiving).
 */
@Entity
@Table(name = "case_file")
public class CaseFile {

  @Id
  @SequenceGenerator(name = "case_file_seq", sequenceName = "case_file_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_file_seq")
  private Long id;

  @Column(nullable = false, unique = true, updatable = false)
  private String folio;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Channel channel;

  @Column(name = "consulate_code", nullable = false, updatable = false)
  private String consulateCode;

  @Column(name = "original_language", nullable = false, updatable = false)
  private String originalLanguage;

  @Column(name = "access_code_hash", nullable = false)
  private String accessCodeHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CaseStatus status;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "current_version", nullable = false)
  private int currentVersion;

  @Column(name = "updated_at", nullable = false)
  private OffsetDateTime updatedAt;

  @Column(nullable = false)
  private String flags = "";

  @Column(nullable = false)
  private boolean preliminary;

  @Column(name = "routing_table_version")
  private String routingTableVersion;

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  @OneToMany(mappedBy = "caseFile", cascade = CascadeType.PERSIST)
  @OrderBy("number ASC")
  private List<CaseVersion> versions = new ArrayList<>();

  @OneToMany(mappedBy = "caseFile", cascade = CascadeType.PERSIST)
  @OrderBy("id ASC")
  private List<Attachment> attachments = new ArrayList<>();

  @OneToMany(mappedBy = "caseFile", cascade = CascadeType.PERSIST)
  @OrderBy("id ASC")
  private List<CaseNotice> notices = new ArrayList<>();

  protected CaseFile() {}

  /** A new case; its first version is recorded with {@link #recordVersion}. */
  public static CaseFile open(
      Folio folio,
      Channel channel,
      String consulateCode,
      String originalLanguage,
      String accessCodeHash,
      String createdBy,
      Instant now) {
    CaseFile c = new CaseFile();
    c.folio = folio.value();
    c.channel = channel;
    c.consulateCode = consulateCode;
    c.originalLanguage = originalLanguage;
    c.accessCodeHash = accessCodeHash;
    c.status = CaseStatus.RECEIVED;
    c.createdAt = utc(now);
    c.createdBy = createdBy;
    c.updatedAt = utc(now);
    return c;
  }

  /** Appends a version: a correction or new information never overwrites an earlier one. */
  public CaseVersion recordVersion(CaseContent content, String author, String reason, Instant now) {
    return recordVersion(content, java.util.List.of(), author, reason, now);
  }

  /** Appends a version that also carries Spanish translations of its free text. */
  public CaseVersion recordVersion(
      CaseContent content, java.util.Collection<Translation> spanish, String author, String reason, Instant now) {
    currentVersion++;
    CaseVersion version = new CaseVersion(this, currentVersion, content, spanish, author, reason, now);
    versions.add(version);
    updatedAt = utc(now);
    return version;
  }

  /**
   * Appends a version that carries a confirmed foreign-authority notice: the notice belongs to this
   * version and every later one (see {@link #noticesAt}).
   */
  public CaseVersion recordVersionWithNotice(CaseContent content, java.util.Collection<Translation> spanish, AuthorityNotice notice,
      String author, String reason, Instant now) {
    notices.add(new CaseNotice(this, currentVersion + 1, notice));
    return recordVersion(content, spanish, author, reason, now);
  }

  /** The confirmed authority notices version {@code versionNumber} carries, oldest first. */
  public List<AuthorityNotice> noticesAt(int versionNumber) {
    return notices.stream().filter(n -> n.versionNumber() <= versionNumber).map(CaseNotice::toValue).toList();
  }

  public Attachment attach(StoredFile file, String fileName, String author, Instant now) {
    Attachment attachment = new Attachment(this, currentVersion, file, fileName, author, now);
    attachments.add(attachment);
    updatedAt = utc(now);
    return attachment;
  }

  /** A new private access code replaces the old one (the code is shown once and cannot be recovered). */
  public void replaceAccessCode(String newHash, Instant now) {
    accessCodeHash = newHash;
    updatedAt = utc(now);
  }

  /** Records the routing decision's flags (ALBA, CHILD) and the rule table version that made it. */
  public void applyRouting(java.util.Set<String> newFlags, String tableVersion) {
    flags = String.join(",", new java.util.TreeSet<>(newFlags));
    routingTableVersion = tableVersion;
  }

  public java.util.Set<String> flags() {
    return flags.isEmpty() ? java.util.Set.of() : new java.util.TreeSet<>(java.util.Arrays.asList(flags.split(",")));
  }

  /** A case that arrived without structured data (an email) and waits for an officer's triage. */
  public void markPreliminary() {
    preliminary = true;
  }

  /** An officer has completed the structured fields: the case leaves the triage queue. */
  public void completeTriage() {
    preliminary = false;
  }

  public boolean preliminary() {
    return preliminary;
  }

  public String routingTableVersion() {
    return routingTableVersion;
  }

  @PreRemove
  void refuseRemoval() {
    throw new IllegalStateException("Cases are never deleted: " + folio);
  }

  public CaseVersion current() {
    return versions.stream()
        .filter(v -> v.number() == currentVersion)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(folio + " has no version " + currentVersion));
  }

  public Long id() {
    return id;
  }

  public Folio folio() {
    return new Folio(folio);
  }

  public Channel channel() {
    return channel;
  }

  public String consulateCode() {
    return consulateCode;
  }

  public String originalLanguage() {
    return originalLanguage;
  }

  public String accessCodeHash() {
    return accessCodeHash;
  }

  public CaseStatus status() {
    return status;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant updatedAt() {
    return updatedAt.toInstant();
  }

  public int currentVersionNumber() {
    return currentVersion;
  }

  public List<CaseVersion> versions() {
    return Collections.unmodifiableList(versions);
  }

  public List<Attachment> attachments() {
    return Collections.unmodifiableList(attachments);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
