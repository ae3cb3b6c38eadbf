package mx.gob.sre.mae.gateway.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;

/**
 * Gives a caller signed in through an OpenID Connect provider the role of their enabled app_user
 * account, and none if they have no account here: the provider authenticates, MAE authorizes.
 * (For the built-in sign-in and HTTP Basic the database store already gives the role, and this adds
 * nothing, without a query.)
 */
@ApplicationScoped
public class StaffRoles implements IdentityStore {

  @Inject StaffDirectory directory;

  @Override
  public Set<ValidationType> validationTypes() {
    return EnumSet.of(ValidationType.PROVIDE_GROUPS);
  }

  @Override
  public Set<String> getCallerGroups(CredentialValidationResult result) {
    if (!result.getCallerGroups().isEmpty()) {
      return Set.of(); // the database store validated this caller and already gave the role: no second query
    }
    return directory.officer(result.getCallerPrincipal().getName()).map(o -> Set.of(o.role())).orElse(Set.of());
  }
}
