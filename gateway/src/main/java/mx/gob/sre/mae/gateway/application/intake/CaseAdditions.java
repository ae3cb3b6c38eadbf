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

  @Inject VersionPublisher versions;

  private final Clock clock = Clock.systemUTC();

  /** Appends {@code text} to the account of the case, as a new version by {@code author}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public CaseVersion append(CaseFile c, String author, String from, String reason, String text) {
    Instant now = clock.instant();
    CaseVersion current = c.current();
    CaseContent content = current.content();
    String addition = "[" + now + " · " + from + "]\n" + text;
    String circumstances = content.circumstances() == null ? addition : content.circumstances() + "\n\n" + addition;
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
}
