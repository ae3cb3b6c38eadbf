package mx.gob.sre.mae.gateway.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;

/**
 * The OpenID Connect client settings, read by the expressions of {@link OidcSignIn}. Sign-in through
 * a provider is on only when MAE_OIDC_PROVIDER_URI is set.
 */
@Named("maeOidc")
@ApplicationScoped
public class OidcSettings {

  /**
   * The groups claim is never used: the role and the consulate or agency of a member of staff come
   * only from their app_user row, so a provider cannot make anyone an administrator.
   */
  static final String NO_GROUPS_CLAIM = "x-mae-roles-come-from-app-user";

  /** Read once: the handler asks on every request. */
  private final boolean enabled = MaeConfig.OIDC_PROVIDER_URI.isSet();

  public boolean isEnabled() {
    return enabled;
  }

  public String getProviderUri() {
    return MaeConfig.OIDC_PROVIDER_URI.get();
  }

  public String getClientId() {
    return MaeConfig.OIDC_CLIENT_ID.get();
  }

  public String getClientSecret() {
    return MaeConfig.OIDC_CLIENT_SECRET.get();
  }

  public String getUsernameClaim() {
    return MaeConfig.OIDC_USERNAME_CLAIM.get();
  }

  public String getGroupsClaim() {
    return NO_GROUPS_CLAIM;
  }
}
