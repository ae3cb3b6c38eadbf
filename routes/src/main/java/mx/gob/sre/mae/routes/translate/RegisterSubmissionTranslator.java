package mx.gob.sre.mae.routes.translate;

import jakarta.json.JsonObjectBuilder;
import java.util.Set;
import mx.gob.sre.mae.routes.canonical.CanonicalCase;

/**
 * Turns a case version into the JSON submission for the search commissions, shaped after the
 * National Register of Missing and Disappeared Persons (RNPDNO): codes with Spanish labels, free
 * text with its Spanish translation or a pending mark.
 */
public final class RegisterSubmissionTranslator {

  public static final String SCHEMA = "mae.register-submission/1";

  /** The submission of {@code c} for {@code recipient} (e.g. "CNB"), carrying the routing {@code flags} (e.g. "ALBA"). */
  public String toJson(CanonicalCase c, String recipient, Set<String> flags) {
    JsonObjectBuilder json = CaseJson.body(SCHEMA, c, recipient, flags);
    json.add("reporter", CaseJson.reporter(c)).add("attachments", CaseJson.attachments(c));
    return CaseJson.write(json.build());
  }
}
