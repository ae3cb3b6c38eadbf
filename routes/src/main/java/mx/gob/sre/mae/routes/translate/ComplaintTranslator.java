package mx.gob.sre.mae.routes.translate;

import jakarta.json.JsonObjectBuilder;
import java.util.Set;
import mx.gob.sre.mae.routes.canonical.CanonicalCase;

/**
 * Turns a case version into the complaint for a prosecutor's office: JSON with the persons, facts,
 * alleged perpetrators and witnesses, or the Spanish A4 PDF record of the same.
 */
public final class ComplaintTranslator {

  public static final String SCHEMA = "mae.complaint/1";

  /** The complaint of {@code c} for {@code recipient} (e.g. "FGR-UIDPM") as JSON, carrying the routing {@code flags}. */
  public String toJson(CanonicalCase c, String recipient, Set<String> flags) {
    JsonObjectBuilder json = CaseJson.body(SCHEMA, c, recipient, flags);
    json.add("publicOfficialInvolvementSuspected", c.publicOfficialInvolvementSuspected())
        .add("allegedPerpetrators", CaseJson.parties(c, c.allegedPerpetrators(), FreeText::perpetratorDetails))
        .add("witnesses", CaseJson.parties(c, c.witnesses(), FreeText::witnessDetails))
        .add("reporter", CaseJson.reporter(c))
        .add("attachments", CaseJson.attachments(c));
    return CaseJson.write(json.build());
  }

  /** The same complaint as an A4 PDF record in Spanish, flags and the immediate-search notice on top. */
  public byte[] toPdf(CanonicalCase c, String recipient, Set<String> flags) {
    return ComplaintPdf.render(AddressedCase.of(c, recipient, flags));
  }
}
