package mx.gob.sre.mae.gateway.domain.model.people;

/**
 * A signed-in member of staff: consular staff act for one consulate; an agency user (a search
 * commission or prosecutor's office) acts for one agency and has no consulate.
 */
public record Officer(String username, String displayName, String role, String consulateCode, String agencyCode) {

  public boolean isAgencyUser() {
    return agencyCode != null;
  }
}
