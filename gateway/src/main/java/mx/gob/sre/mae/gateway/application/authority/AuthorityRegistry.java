package mx.gob.sre.mae.gateway.application.authority;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import mx.gob.sre.mae.gateway.application.audit.AuditTrail;
import mx.gob.sre.mae.gateway.application.intake.InvalidReportException;
import mx.gob.sre.mae.gateway.application.intake.Violation;
import mx.gob.sre.mae.gateway.domain.model.authority.AuthorityApiKey;
import mx.gob.sre.mae.gateway.domain.model.authority.AuthorityKind;
import mx.gob.sre.mae.gateway.domain.model.authority.ForeignAuthority;
import mx.gob.sre.mae.gateway.domain.model.authority.ForeignAuthorityRepository;
import mx.gob.sre.mae.gateway.domain.model.authority.NotificationType;
import mx.gob.sre.mae.gateway.domain.model.authority.UnknownAuthorityException;
import mx.gob.sre.mae.gateway.domain.model.consulate.ConsulateRepository;
import mx.gob.sre.mae.gateway.domain.model.people.Officer;
import mx.gob.sre.mae.gateway.infrastructure.security.Roles;
import mx.gob.sre.mae.i18n.Countries;
import mx.gob.sre.mae.i18n.Language;

/**
 * The register of foreign authorities: administrators act for any consulate, a supervisor for their
 * own (any other authority is "not found"). Registering, issuing, rotating and revoking keys are
 * audited. A key's secret is returned once, at issue; only its SHA-256 is kept.
 */
@ApplicationScoped
public class AuthorityRegistry {

  static final String AUDIT_TYPE = "authority";
  static final String REGISTERED = "AUTHORITY_REGISTERED";
  static final String KEY_ISSUED = "AUTHORITY_KEY_ISSUED";
  static final String KEY_REVOKED = "AUTHORITY_KEY_REVOKED";
  static final String LISTED = "AUTHORITY_LIST";

  private static final Pattern EMAIL = Pattern.compile("[^@\\s,]+@[^@\\s,]+\\.[^@\\s,]+");
  private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{64}");

  @Inject ForeignAuthorityRepository authorities;
  @Inject ConsulateRepository consulates;
  @Inject AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  @Transactional
  public AuthorityViews.Authority register(Officer officer, AuthorityCommand command, Language language) {
    List<Violation> problems = new ArrayList<>();
    String consulate = consulateFor(officer, command.consulate(), problems);
    String name = clean(command.name());
    if (name == null) {
      problems.add(Violation.of("name", "error.required"));
    } else if (name.length() > 300) {
      problems.add(Violation.of("name", "error.tooLong", 300));
    }
    String country = clean(command.country()) == null ? null : command.country().strip().toUpperCase(Locale.ROOT);
    if (country == null || !Countries.isValid(country)) {
      problems.add(Violation.of("country", "error.unknownCode", String.valueOf(command.country())));
    }
    AuthorityKind kind = parse(AuthorityKind.class, command.kind(), "kind", problems);
    List<String> emails = command.contactEmails() == null ? List.of() : command.contactEmails().stream().map(CleanText::clean).toList();
    if (emails.stream().anyMatch(e -> e == null || !EMAIL.matcher(e).matches() || e.length() > 320)) {
      problems.add(Violation.of("contactEmails", "error.invalidEmail"));
    }
    Set<NotificationType> types = EnumSet.noneOf(NotificationType.class);
    for (String t : command.allowedTypes() == null ? List.<String>of() : command.allowedTypes()) {
      NotificationType.parseClassified(t).ifPresentOrElse(types::add,
          () -> problems.add(Violation.of("allowedTypes", "error.authority.unknownType", String.valueOf(t))));
    }
    if (types.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("allowedTypes"))) {
      problems.add(Violation.of("allowedTypes", "error.required"));
    }
    String fingerprint = fingerprint(command.certificateSha256());
    if (command.certificateSha256() != null && !command.certificateSha256().isBlank() && fingerprint == null) {
      problems.add(Violation.of("certificateSha256", "error.authority.invalidFingerprint"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidReportException(problems, language);
    }
    ForeignAuthority authority = ForeignAuthority.register(consulate, name, country, kind, emails, types, fingerprint,
        officer.username(), clock.instant());
    authorities.add(authority);
    audit.record(REGISTERED, AUDIT_TYPE, String.valueOf(authority.id()), name + " (" + kind + ", " + country + ") for consulate "
        + consulate + ", types " + types + (fingerprint == null ? "" : ", client certificate " + fingerprint));
    return AuthorityViews.of(authority);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuthorityViews.Authority> list(Officer officer) {
    String scope = isAdministrator(officer) ? null : officer.consulateCode();
    audit.record(LISTED, AuditTrail.CONSULATE, scope == null ? "*" : scope, "foreign authorities");
    return authorities.ofConsulate(scope).stream().map(AuthorityViews::of).toList();
  }

  /** A new key for the authority; its secret is in the answer and nowhere else. */
  @Transactional
  public AuthorityViews.IssuedKey issueKey(Officer officer, long authorityId) {
    return issue(officer, own(officer, authorityId), null);
  }

  /** A new key replacing {@code keyId}; the old one keeps working until it is revoked, so the authority can switch without a gap. */
  @Transactional
  public AuthorityViews.IssuedKey rotateKey(Officer officer, long authorityId, String keyId) {
    ForeignAuthority authority = own(officer, authorityId);
    AuthorityApiKey old = authority.key(keyId).orElseThrow(() -> new UnknownAuthorityException(authorityId + "/" + keyId));
    return issue(officer, authority, old.keyId());
  }

  @Transactional
  public AuthorityViews.Key revokeKey(Officer officer, long authorityId, String keyId) {
    ForeignAuthority authority = own(officer, authorityId);
    AuthorityApiKey key = authority.key(keyId).orElseThrow(() -> new UnknownAuthorityException(authorityId + "/" + keyId));
    key.revoke(officer.username(), clock.instant());
    audit.record(KEY_REVOKED, AUDIT_TYPE, String.valueOf(authorityId), "key " + keyId);
    return AuthorityViews.of(key);
  }

  /** The active authority holding this key, if the key is ours, not revoked, and its secret is right. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ForeignAuthority> authenticate(String presentedKey) {
    Optional<ApiKeys.PresentedKey> presented = ApiKeys.parse(presentedKey);
    Optional<AuthorityApiKey> key = presented.flatMap(p -> authorities.key(p.keyId()));
    boolean secretMatches = ApiKeys.matches(presented.map(ApiKeys.PresentedKey::secret).orElse(""),
        key.map(AuthorityApiKey::secretSha256).orElse(null));
    return key.filter(k -> secretMatches && !k.revoked() && k.authority().active()).map(AuthorityApiKey::authority);
  }

  /** The active authority registered with this client certificate fingerprint (mutual TLS). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ForeignAuthority> authenticateCertificate(String sha256) {
    return sha256 == null ? Optional.empty() : authorities.byCertificate(sha256.toLowerCase(Locale.ROOT));
  }

  /** Registers a key with a known secret (the embedded default's demo authority only). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void addKnownKey(ForeignAuthority authority, ApiKeys.IssuedKey key, String by) {
    if (authorities.key(key.keyId()).isEmpty()) {
      authority.issueKey(key.keyId(), key.secretSha256(), null, by, clock.instant());
    }
  }

  private AuthorityViews.IssuedKey issue(Officer officer, ForeignAuthority authority, String rotatedFrom) {
    ApiKeys.IssuedKey key = ApiKeys.generate();
    Instant now = clock.instant();
    authority.issueKey(key.keyId(), key.secretSha256(), rotatedFrom, officer.username(), now);
    audit.record(KEY_ISSUED, AUDIT_TYPE, String.valueOf(authority.id()), "key " + key.keyId()
        + (rotatedFrom == null ? "" : ", rotating " + rotatedFrom + " (still valid until revoked)"));
    return new AuthorityViews.IssuedKey(authority.id(), key.keyId(), key.apiKey(), rotatedFrom);
  }

  private ForeignAuthority own(Officer officer, long id) {
    return authorities.find(id).filter(a -> isAdministrator(officer) || a.consulateCode().equals(officer.consulateCode()))
        .orElseThrow(() -> new UnknownAuthorityException(id));
  }

  private String consulateFor(Officer officer, String requested, List<Violation> problems) {
    if (!isAdministrator(officer)) {
      return officer.consulateCode();
    }
    String code = clean(requested) == null ? null : requested.strip().toUpperCase(Locale.ROOT);
    if (code == null) {
      problems.add(Violation.of("consulate", "error.required"));
    } else if (consulates.find(code).isEmpty()) {
      problems.add(Violation.of("consulate", "error.unknownConsulate"));
    }
    return code;
  }

  static boolean isAdministrator(Officer officer) {
    return Roles.ADMINISTRATOR.equals(officer.role());
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String text, String field, List<Violation> problems) {
    try {
      return Enum.valueOf(type, text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(Violation.of(field, "error.unknownCode", String.valueOf(text)));
      return null;
    }
  }

  /** A SHA-256 fingerprint as lower-case hex, accepting the colon-separated form tools print; null if it is not one. */
  static String fingerprint(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String hex = text.strip().replace(":", "").toLowerCase(Locale.ROOT);
    return FINGERPRINT.matcher(hex).matches() ? hex : null;
  }

  private static String clean(String s) {
    return CleanText.clean(s);
  }
}
