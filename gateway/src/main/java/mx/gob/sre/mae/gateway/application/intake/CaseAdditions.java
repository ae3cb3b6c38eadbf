package mx.gob.sre.mae.gateway.application.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import mx.gob.sre.mae.gateway.application.routing.VersionPublisher;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseContent;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseFile;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseVersion;
import mx.gob.sre.mae.gateway.domain.model.cases.StoredFile;

/**
 * New information on an existing case from its family (an email reply, a text after the case was
 * made, a stored voice recording): a new version whose account carries the addition, stamped with
 * when and from whom, routed as an update. Nothing is overwritten.
 */
@ApplicationScoped
public class CaseAdditions {

  /** The account's column holds 20,000 characters (V1); one addition takes at most a quarter of it. */
  static final int MAX_ACCOUNT = 20000;
  static final int MAX_ADDITION = 5000;

  @Inject VersionPublisher versions;

  private final Clock clock = Clock.systemUTC();

  /** Appends {@code text} to the account of the case, as a new version by {@code author}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public CaseVersion append(CaseFile c, String author, String from, String reason, String text) {
    Instant now = clock.instant();
    CaseVersion current = c.current();
    CaseContent content = current.content();
    String addition = "[" + now + " · " + from + "]\n" + clip(text, MAX_ADDITION);
    String circumstances = content.circumstances() == null ? addition : content.circumstances() + "\n\n" + addition;
    if (circumstances.length() > MAX_ACCOUNT) {
      // every earlier version keeps its whole account; this one starts from where it no longer fits
      String earlier = "[… the earlier account is in full in version " + current.number() + " and before]\n";
      circumstances = earlier + circumstances.substring(circumstances.length() - (MAX_ACCOUNT - earlier.length()));
    }
    CaseContent next = new CaseContent(content.reporter(), content.missingPersons(), circumstances,
        content.allegedPerpetrators(), content.witnesses(), content.publicOfficialInvolvementSuspected());
    CaseVersion version = c.recordVersion(next, current.translations().values(), author, reason, now);
    versions.publish(c, version, now);
    return version;
  }

  /** Attaches a stored file and records the addition as a new version, so recipients learn of it. */
  @Transactional(Transactional.TxType.MANDATORY)
  public CaseVersion attach(CaseFile c, StoredFile file, String fileName, String author, String from, String reason, String note) {
    c.attach(file, fileName, author, clock.instant());
    return append(c, author, from, reason, note);
  }

  private static String clip(String text, int max) {
    if (text == null) {
      return "";
    }
    return text.length() <= max ? text : text.substring(0, max) + " […]";
  }
}
