package mx.gob.sre.mae.gateway.application.authority;

import java.time.Instant;
import java.util.List;
import mx.gob.sre.mae.gateway.domain.model.authority.AuthorityApiKey;
import mx.gob.sre.mae.gateway.domain.model.authority.ForeignAuthority;

/** Registered authorities and their keys as staff see them: never a secret, nor its digest. */
public final class AuthorityViews {

  private AuthorityViews() {}

  public record Authority(long id, String consulate, String name, String country, String kind, List<String> contactEmails,
      List<String> allowedTypes, String certificateSha256, boolean active, Instant createdAt, String createdBy, List<Key> keys) {}

  public record Key(String keyId, Instant createdAt, String createdBy, String rotatedFrom, Instant revokedAt, String revokedBy) {}

  /** A key just issued: {@code apiKey} is shown this once and cannot be recovered. */
  public record IssuedKey(long authorityId, String keyId, String apiKey, String rotatedFrom) {}

  static Authority of(ForeignAuthority a) {
    return new Authority(a.id(), a.consulateCode(), a.name(), a.country(), a.kind().name(), a.contactEmails(),
        a.allowedTypes().stream().map(Enum::name).toList(), a.certificateSha256(), a.active(), a.createdAt(), a.createdBy(),
        a.keys().stream().map(AuthorityViews::of).toList());
  }

  static Key of(AuthorityApiKey k) {
    return new Key(k.keyId(), k.createdAt(), k.createdBy(), k.rotatedFrom(), k.revokedAt(), k.revokedBy());
  }
}
