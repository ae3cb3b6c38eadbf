package mx.gob.sre.mae.gateway.infrastructure.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import mx.gob.sre.mae.gateway.domain.model.people.Officer;

/** The officer behind the current request, if a member of staff is signed in. */
@RequestScoped
public class CurrentOfficer {

  @Inject SecurityContext security;
  @Inject StaffDirectory directory;

  private Optional<Officer> officer;

  public Optional<Officer> get() {
    if (officer == null) {
      Principal principal = security.getCallerPrincipal();
      officer = principal == null ? Optional.empty() : directory.officer(principal.getName());
    }
    return officer;
  }

  /** The signed-in officer; {@link NotSignedInException} when there is none. */
  public Officer require() {
    return get().orElseThrow(NotSignedInException::new);
  }

  /** Raised when a staff-only operation is reached without a staff account. */
  public static class NotSignedInException extends RuntimeException {
    public NotSignedInException() {
      super("No staff member is signed in");
    }
  }
}
