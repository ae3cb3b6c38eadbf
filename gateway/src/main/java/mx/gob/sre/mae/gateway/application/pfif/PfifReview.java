package mx.gob.sre.mae.gateway.application.pfif;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import mx.gob.sre.mae.gateway.application.audit.AuditActions;
import mx.gob.sre.mae.gateway.application.audit.AuditTrail;
import mx.gob.sre.mae.gateway.application.intake.CaseAdditions;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseFile;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseRepository;
import mx.gob.sre.mae.gateway.domain.model.cases.Folio;
import mx.gob.sre.mae.gateway.domain.model.delivery.DeliveryStateException;
import mx.gob.sre.mae.gateway.domain.model.delivery.UnknownDeliveryException;
import mx.gob.sre.mae.gateway.domain.model.pfif.PersonMatch;
import mx.gob.sre.mae.gateway.domain.model.pfif.ReceivedPerson;
import mx.gob.sre.mae.gateway.domain.model.pfif.ReceivedRecords;
import mx.gob.sre.mae.gateway.domain.model.people.Officer;
import mx.gob.sre.mae.routes.pfif.Pfif;

/**
 * Received persons the engine found in a consulate's cases, for its officers: the unsure ones wait
 * for a decision. "The same person" adds the record and its notes to the case (a new version, routed
 * as an update); "not the same" is remembered, and that pair is never proposed again.
 */
@ApplicationScoped
public class PfifReview {

  /** A decision about a received person and a case, with enough of the person to recognise it. */
  public record MatchView(long id, String personRecordId, String fullName, String repository, String folio, String decision,
      double score, String explanation, String decidedBy, Instant at) {}

  @Inject ReceivedRecords received;
  @Inject CaseRepository cases;
  @Inject CaseAdditions additions;
  @Inject AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  /** The latest decision of each received person and case of the officer's consulate (every consulate's if {@code all}). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<MatchView> matches(Officer officer, boolean all) {
    List<MatchView> views = received.matches(all ? null : officer.consulateCode()).stream().map(this::view).toList();
    audit.record(AuditActions.PFIF_MATCH_LIST, AuditTrail.CONSULATE, all ? "all" : officer.consulateCode(),
        views.size() + " match(es): " + String.join(" ", views.stream().map(MatchView::folio).distinct().toList()));
    return views;
  }

  @Transactional
  public MatchView link(Officer officer, boolean all, long id) {
    PersonMatch proposal = open(officer, all, id);
    PersonMatch decided = proposal.decide(PersonMatch.Decision.LINKED, officer.username(), clock.instant());
    received.add(decided);
    CaseFile c = cases.find(Folio.parse(proposal.folio())).orElseThrow(() -> new UnknownDeliveryException(id));
    String text = PfifTexts.personWithNotes(received, proposal.personRecordId(), proposal.score(), new HashSet<>());
    additions.append(c, officer.username(), "PFIF", CasePfifMapper.IMPORT_REASON, text);
    audit.record(AuditActions.PFIF_MATCH_DECIDED, AuditTrail.CASE, decided.folio(), "same person as PFIF record " + decided.personRecordId());
    return view(decided);
  }

  @Transactional
  public MatchView notSame(Officer officer, boolean all, long id) {
    PersonMatch decided = open(officer, all, id).decide(PersonMatch.Decision.NOT_SAME, officer.username(), clock.instant());
    received.add(decided);
    audit.record(AuditActions.PFIF_MATCH_DECIDED, AuditTrail.CASE, decided.folio(), "not the same person as PFIF record "
        + decided.personRecordId());
    return view(decided);
  }

  /** A proposal still waiting, of a case the officer may see; 404 otherwise, 409 when it is decided. */
  private PersonMatch open(Officer officer, boolean all, long id) {
    PersonMatch m = received.match(id)
        .filter(x -> all || cases.find(Folio.parse(x.folio())).map(c -> c.consulateCode().equals(officer.consulateCode())).orElse(false))
        .orElseThrow(() -> new UnknownDeliveryException(id));
    boolean latest = received.latest(m.personRecordId(), m.folio()).map(l -> l.id().equals(m.id())).orElse(false);
    if (m.decision() != PersonMatch.Decision.REVIEW || !latest) {
      throw new DeliveryStateException("PFIF match " + id + " is already decided");
    }
    return m;
  }

  private MatchView view(PersonMatch m) {
    String name = received.latestPerson(m.personRecordId()).map(ReceivedPerson::fullName).orElse(null);
    return new MatchView(m.id(), m.personRecordId(), name, Pfif.domainOf(m.personRecordId()), m.folio(), m.decision().name(), m.score(),
        m.explanation(), m.decidedBy(), m.createdAt());
  }
}
