package mx.gob.sre.mae.gateway.infrastructure.config;

import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Every configuration key of the gateway, read through MicroProfile Config (so an environment
 * variable, a system property or microprofile-config.properties can set it). README lists them.
 */
public enum MaeConfig {
  DATA_DIR("MAE_DATA_DIR", "./data", "directory of the embedded database and the attachments"),
  DB_URL("MAE_DB_URL", "", "JDBC URL of PostgreSQL; empty = embedded H2 file database under MAE_DATA_DIR"),
  DB_USER("MAE_DB_USER", "", "database user"),
  DB_PASSWORD("MAE_DB_PASSWORD", "", "database password"),
  DEMO_DATA("MAE_DEMO_DATA", "", "seed demo consulates and users: default true on embedded H2, false otherwise"),
  PUBLIC_URL("MAE_PUBLIC_URL", "http://localhost:8080", "address families use, printed on receipts"),
  MAX_UPLOAD_MB("MAE_MAX_UPLOAD_MB", "10", "largest attachment accepted, in MiB"),
  MAX_JSON_KB("MAE_MAX_JSON_KB", "512", "largest JSON request body accepted, in KiB"),
  HOTLINES("MAE_HOTLINES", "800-028-77-83, 55-1309-9024",
      "the National Search Commission's 24/7 numbers in Mexico, given to families (default: as cited in CED/C/MEX/VR/1, note 25)"),
  HOTLINE_ABROAD("MAE_HOTLINE_ABROAD", "185-52-623-109",
      "the National Search Commission's toll-free number for calls from abroad (default: as cited in CED/C/MEX/VR/1, note 25)"),
  PHONE_NUMBERS("MAE_PHONE_NUMBERS", "",
      "consulate of each Twilio number, e.g. +13235550100=LAX,+34915550100=MAD (embedded default: the sandbox number +15005550006=LAX)"),
  PHONE_CONVERSATION_TIMEOUT_SECONDS("MAE_PHONE_CONVERSATION_TIMEOUT_SECONDS", "7200",
      "an SMS/WhatsApp intake idle this long is sent as a preliminary case with what it gathered"),
  PHONE_HOUSEKEEPING_SECONDS("MAE_PHONE_HOUSEKEEPING_SECONDS", "10",
      "how often call recordings are fetched and idle conversations timed out"),
  SUPPORT_OVERDUE_CHECK_SECONDS("MAE_SUPPORT_OVERDUE_CHECK_SECONDS", "60",
      "how often support requests past their due time are looked for and escalated to the consulate's supervisor"),
  MATCH_AUTO_LINK("MAE_MATCH_AUTO_LINK", "0.92",
      "score from which a repeat report is linked to the first case without a person (also needs date of birth or place to agree)"),
  MATCH_REVIEW("MAE_MATCH_REVIEW", "0.70", "score from which a possible repeat report is queued for an officer's review"),
  FAMILY_POLL_MS("MAE_FAMILY_POLL_MS", "1000", "how often the family outbox is polled (it is also woken after each commit)"),
  FAMILY_MAX_ATTEMPTS("MAE_FAMILY_MAX_ATTEMPTS", "12", "attempts to send a message to a family before it is parked for a person"),
  VISA_FEE_WAIVER_BASIS("MAE_VISA_FEE_WAIVER_BASIS", mx.gob.sre.mae.gateway.domain.model.visa.FeeWaiver.DEFAULT_BASIS,
      "the legal basis for waiving the humanitarian visa fee, recorded on every request (the fee is always 0)"),
  ALLOW_DEMO_DATA("MAE_ALLOW_DEMO_DATA", "false",
      "allow demo data and demo accounts on an external database (test and benchmark databases only; never production)"),
  RATE_LIMIT_REPORTS_PER_HOUR("MAE_RATE_LIMIT_REPORTS_PER_HOUR", "30",
      "reports one client address may file per hour through the public API and form (0 = no limit)"),
  RATE_LIMIT_STATUS_PER_MINUTE("MAE_RATE_LIMIT_STATUS_PER_MINUTE", "10",
      "public status look-ups (API and page) one client address may make per minute (0 = no limit)"),
  RATE_LIMIT_WEBHOOKS_PER_MINUTE("MAE_RATE_LIMIT_WEBHOOKS_PER_MINUTE", "600",
      "Twilio webhook requests one client address may make per minute (0 = no limit)"),
  PFIF_DOMAIN("MAE_PFIF_DOMAIN", "mae.sre.gob.mx",
      "the repository domain of the gateway's PFIF record ids (<domain>/<folio>.<n>); records of this domain are recognised as ours"),
  PFIF_MAX_IMPORT_MB("MAE_PFIF_MAX_IMPORT_MB", "10", "largest PFIF document accepted by the import, in MiB"),
  RATE_LIMIT_VISA_PER_MINUTE("MAE_RATE_LIMIT_VISA_PER_MINUTE", "60",
      "calls one client address may make per minute to a humanitarian visa request by reference and access code, API and status page (0 = no limit)"),
  RATE_LIMIT_AUTHORITY_PER_MINUTE("MAE_RATE_LIMIT_AUTHORITY_PER_MINUTE", "120",
      "requests one client address may make per minute to the foreign authorities' notification API (0 = no limit)"),
  RATE_LIMIT_SIGN_IN_PER_MINUTE("MAE_RATE_LIMIT_SIGN_IN_PER_MINUTE", "20",
      "staff sign-in attempts on the sign-in page one client address may make per minute (0 = no limit)"),
  TRUSTED_PROXIES("MAE_TRUSTED_PROXIES", "",
      "addresses or CIDR networks of our own reverse proxies, whose X-Forwarded-For is believed (e.g. 10.0.0.5,10.1.0.0/16)"),
  OIDC_PROVIDER_URI("MAE_OIDC_PROVIDER_URI", "",
      "OpenID Connect provider (issuer) for staff sign-in to the pages, e.g. https://login.sre.gob.mx/realms/mae; empty = the built-in sign-in page"),
  OIDC_CLIENT_ID("MAE_OIDC_CLIENT_ID", "mae-gateway", "this gateway's client id at the OpenID Connect provider"),
  OIDC_CLIENT_SECRET("MAE_OIDC_CLIENT_SECRET", "", "this gateway's client secret at the OpenID Connect provider"),
  OIDC_USERNAME_CLAIM("MAE_OIDC_USERNAME_CLAIM", "preferred_username",
      "ID-token claim that names the staff account (app_user.username), which alone gives role and consulate or agency");

  private final String key;
  private final String defaultValue;
  private final String description;

  MaeConfig(String key, String defaultValue, String description) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  public String key() {
    return key;
  }

  public String description() {
    return description;
  }

  public String defaultValue() {
    return defaultValue;
  }

  /** The configured value, or the default; never null. */
  public String get() {
    return get(ConfigProvider.getConfig(MaeConfig.class.getClassLoader()));
  }

  String get(Config config) {
    Optional<String> value = config.getOptionalValue(key, String.class);
    return value.map(String::strip).filter(v -> !v.isEmpty()).orElse(defaultValue);
  }

  public int getInt() {
    String value = get();
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new InvalidConfigurationException(this, "is not a whole number: '" + value + "'");
    }
  }

  public boolean isSet() {
    return !get().isEmpty();
  }

  public static Path dataDir() {
    return Path.of(DATA_DIR.get()).toAbsolutePath().normalize();
  }

  /** True when no external database is configured and the H2 file database is used. */
  public static boolean embeddedDatabase() {
    return !DB_URL.isSet();
  }

  public static boolean demoData() {
    return DEMO_DATA.isSet() ? Boolean.parseBoolean(DEMO_DATA.get()) : embeddedDatabase();
  }
}
