package mx.gob.sre.mae.gateway.infrastructure.security;

/** Role names as stored in app_user.role and used in web.xml constraints. */
public final class Roles {
  public static final String OFFICER = "consular-officer";
  public static final String SUPERVISOR = "consular-supervisor";
  public static final String ADMINISTRATOR = "administrator";
  public static final String AGENCY = "agency-user";

  private Roles() {}
}
