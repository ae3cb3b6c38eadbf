package mx.gob.sre.mae.gateway.domain.model.authority;

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
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A police force, medical examiner, migration or detention authority abroad, registered by a
 * consulate so that it may notify it: its contact addresses (mail from them is taken as its
 * notification), the notification types it may send, an optional client certificate for mutual TLS,
 * and its API keys. Never deleted; a key is revoked, never removed.
 */
@Entity
@Table(name = "foreign_authority")
public class ForeignAuthority {

  @Id
  @SequenceGenerator(name = "foreign_authority_seq", sequenceName = "foreign_authority_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "foreign_authority_seq")
  private Long id;

  @Column(name = "consulate_code", nullable = false, updatable = false)
  private String consulateCode;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String country;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AuthorityKind kind;

  @Column(name = "contact_emails", nullable = false)
  private String contactEmails;

  @Column(name = "allowed_types", nullable = false)
  private String allowedTypes;

  @Column(name = "cert_sha256")
  private String certificateSha256;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Version
  @Column(name = "lock_version")
  private long lockVersion;

  @OneToMany(mappedBy = "authority", cascade = CascadeType.PERSIST)
  @OrderBy("id ASC")
  private List<AuthorityApiKey> keys = new ArrayList<>();

  protected ForeignAuthority() {}

  public static ForeignAuthority register(String consulateCode, String name, String country, AuthorityKind kind,
      Collection<String> contactEmails, Set<NotificationType> allowedTypes, String certificateSha256, String by, Instant now) {
    if (allowedTypes.isEmpty() || allowedTypes.contains(NotificationType.UNKNOWN)) {
      throw new IllegalArgumentException("An authority is allowed at least one classified type");
    }
    ForeignAuthority a = new ForeignAuthority();
    a.consulateCode = consulateCode;
    a.name = name;
    a.country = country.toUpperCase(Locale.ROOT);
    a.kind = kind;
    a.contactEmails = contactEmails.stream().map(e -> e.strip().toLowerCase(Locale.ROOT)).distinct().collect(Collectors.joining(","));
    a.allowedTypes = allowedTypes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    a.certificateSha256 = certificateSha256 == null ? null : certificateSha256.toLowerCase(Locale.ROOT);
    a.active = true;
    a.createdAt = now.atOffset(ZoneOffset.UTC);
    a.createdBy = by;
    return a;
  }

  /** Adds a key whose secret hashes to {@code secretSha256}; the secret itself is never kept. */
  public AuthorityApiKey issueKey(String keyId, String secretSha256, String rotatedFrom, String by, Instant now) {
    AuthorityApiKey key = new AuthorityApiKey(this, keyId, secretSha256, rotatedFrom, by, now);
    keys.add(key);
    return key;
  }

  public Optional<AuthorityApiKey> key(String keyId) {
    return keys.stream().filter(k -> k.keyId().equals(keyId)).findFirst();
  }

  /** Whether this authority may send {@code type}. */
  public boolean allows(NotificationType type) {
    return allowedTypes().contains(type);
  }

  public void deactivate() {
    active = false;
  }

  @PreRemove
  void refuseRemoval() {
    throw new IllegalStateException("Foreign authorities are never deleted: " + id);
  }

  public Long id() { return id; }
  public String consulateCode() { return consulateCode; }
  public String name() { return name; }
  public String country() { return country; }
  public AuthorityKind kind() { return kind; }
  public boolean active() { return active; }
  public String certificateSha256() { return certificateSha256; }
  public Instant createdAt() { return createdAt.toInstant(); }
  public String createdBy() { return createdBy; }
  public List<AuthorityApiKey> keys() { return Collections.unmodifiableList(keys); }

  public List<String> contactEmails() {
    return contactEmails.isEmpty() ? List.of() : Arrays.asList(contactEmails.split(","));
  }

  public Set<NotificationType> allowedTypes() {
    Set<NotificationType> types = EnumSet.noneOf(NotificationType.class);
    Arrays.stream(allowedTypes.split(",")).filter(s -> !s.isBlank()).map(NotificationType::valueOf).forEach(types::add);
    return types;
  }
}
