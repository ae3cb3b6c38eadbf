package mx.gob.sre.mae.gateway.infrastructure.security;

/** Role names as stored in app_user.role and used in web.xml constraints. */
public final class Roles {
  public static final String OFFICER = "consular-officer";
  public static final String SUPERVISOR = "consular-supervisor";
  public static final String ADMINISTRATOR = "administrator";
  public static final String AGENCY = "agency-user";
  /** Reads the audit log and verifies its chain; sees no case otherwise. */
  public static final String AUDITOR = "auditor";

  /** Every role, most privileged first (the audit log names the first one a caller has). */
  public static final java.util.List<String> ALL = java.util.List.of(ADMINISTRATOR, AUDITOR, SUPERVISOR, OFFICER, AGENCY);

  /** The page a member of staff starts on after signing in. */
  public static String homePage(java.util.function.Predicate<String> inRole) {
    if (inRole.test(AGENCY)) {
      return "/agency/index.xhtml";
    }
    if (inRole.test(ADMINISTRATOR)) {
      return "/admin/outbox.xhtml";
    }
    if (inRole.test(AUDITOR)) {
      return "/audit/index.xhtml";
    }
    return "/console/index.xhtml";
  }

  private Roles() {}
}
