package mx.gob.sre.mae.gateway.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Staff sign-in to the pages through an OpenID Connect provider (authorization code flow, the
 * platform's own mechanism), used by {@link StaffAuthenticationHandler} when MAE_OIDC_PROVIDER_URI
 * is set. The provider proves who someone is; what they may do comes from app_user
 * ({@link StaffRoles}). The expressions are read at the first sign-in, not at deployment. The
 * provider sends the browser back to {@link OidcCallback}, which opens the person's start page
 * (the mechanism's own return to the first page requested fails on a GET without parameters).
 */
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${maeOidc.providerUri}",
    clientId = "${maeOidc.clientId}",
    clientSecret = "${maeOidc.clientSecret}",
    redirectURI = "${baseURL}/oidc/callback",
    redirectToOriginalResource = false,
    claimsDefinition = @ClaimsDefinition(callerNameClaim = "${maeOidc.usernameClaim}", callerGroupsClaim = "${maeOidc.groupsClaim}"))
@ApplicationScoped
public class OidcSignIn {}
