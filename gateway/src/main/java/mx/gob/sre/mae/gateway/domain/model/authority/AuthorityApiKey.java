package mx.gob.sre.mae.gateway.domain.model.authority;

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

/**
 * One API key of a foreign authority: its public id and the SHA-256 of its secret (the secret is
 * shown once, at issue). A rotated key stays valid until it is revoked, so the authority can switch
 * without a gap; a revoked key never works again.
 */
@Entity
@Table(name = "authority_api_key")
public class AuthorityApiKey {

  @Id
  @SequenceGenerator(name = "authority_api_key_seq", sequenceName = "authority_api_key_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authority_api_key_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "authority_id")
  private ForeignAuthority authority;

  @Column(name = "key_id", nullable = false, unique = true, updatable = false)
  private String keyId;

  @Column(name = "secret_sha256", nullable = false, updatable = false)
  private String secretSha256;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "rotated_from", updatable = false)
  private String rotatedFrom;

  @Column(name = "revoked_at")
  private OffsetDateTime revokedAt;

  @Column(name = "revoked_by")
  private String revokedBy;

  protected AuthorityApiKey() {}

  AuthorityApiKey(ForeignAuthority authority, String keyId, String secretSha256, String rotatedFrom, String by, Instant now) {
    this.authority = authority;
    this.keyId = keyId;
    this.secretSha256 = secretSha256;
    this.rotatedFrom = rotatedFrom;
    this.createdBy = by;
    this.createdAt = now.atOffset(ZoneOffset.UTC);
  }

  /** Revokes the key for good; revoking twice keeps the first revocation. */
  public void revoke(String by, Instant now) {
    if (revokedAt == null) {
      revokedAt = now.atOffset(ZoneOffset.UTC);
      revokedBy = by;
    }
  }

  public boolean revoked() {
    return revokedAt != null;
  }

  @PreRemove
  void refuseRemoval() {
    throw new IllegalStateException("API keys are revoked, never deleted: " + keyId);
  }

  public ForeignAuthority authority() { return authority; }
  public String keyId() { return keyId; }
  public String secretSha256() { return secretSha256; }
  public Instant createdAt() { return createdAt.toInstant(); }
  public String createdBy() { return createdBy; }
  public String rotatedFrom() { return rotatedFrom; }
  public Instant revokedAt() { return revokedAt == null ? null : revokedAt.toInstant(); }
  public String revokedBy() { return revokedBy; }
}
