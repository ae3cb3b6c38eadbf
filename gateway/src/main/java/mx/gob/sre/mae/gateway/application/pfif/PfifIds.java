package mx.gob.sre.mae.gateway.application.pfif;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.gob.sre.mae.gateway.domain.model.cases.Folio;
import mx.gob.sre.mae.routes.pfif.Pfif;

/**
 * The gateway's PFIF record ids: {@code <domain>/<folio>.<n>} for the n-th missing person (from 1) of
 * a case, and {@code <domain>/<folio>.<n>.<suffix>} for that person's notes. A record of this domain is ours.
 */
public record PfifIds(String domain) {

  private static final Pattern PERSON = Pattern.compile("(MAE-\\d{4}-\\d{6,})\\.(\\d{1,2})");

  /** A missing person of a case, as {@link #person} named it. */
  public record OurPerson(Folio folio, int position) {}

  public String person(Folio folio, int position) {
    return domain + "/" + folio.value() + "." + position;
  }

  public String note(Folio folio, int position, String suffix) {
    return person(folio, position) + "." + suffix;
  }

  public boolean isOurs(String recordId) {
    return recordId != null && Pfif.domainOf(recordId).equalsIgnoreCase(domain);
  }

  /** The case and position an id of ours names, if it names one. */
  public Optional<OurPerson> ourPerson(String recordId) {
    if (!isOurs(recordId)) {
      return Optional.empty();
    }
    Matcher m = PERSON.matcher(recordId.substring(recordId.indexOf('/') + 1));
    return m.matches() ? Optional.of(new OurPerson(new Folio(m.group(1)), Integer.parseInt(m.group(2)))) : Optional.empty();
  }
}
