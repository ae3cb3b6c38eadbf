package mx.gob.sre.mae.gateway.domain.model.authority;

import java.util.List;
import java.util.Optional;

/** Registered foreign authorities and their keys. */
public interface ForeignAuthorityRepository {

  void add(ForeignAuthority authority);

  Optional<ForeignAuthority> find(long id);

  /** Every authority of a consulate (null: of every consulate), by name. */
  List<ForeignAuthority> ofConsulate(String consulateCode);

  /** The key with this public id, whatever its state. */
  Optional<AuthorityApiKey> key(String keyId);

  /** The active authority whose client certificate has this SHA-256 fingerprint. */
  Optional<ForeignAuthority> byCertificate(String sha256);

  /** Active authorities of a consulate that list {@code email} (lower case) as a contact address. */
  List<ForeignAuthority> byContactEmail(String consulateCode, String email);
}
