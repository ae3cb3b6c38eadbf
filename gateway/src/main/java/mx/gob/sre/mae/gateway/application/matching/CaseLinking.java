package mx.gob.sre.mae.gateway.application.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import mx.gob.sre.mae.gateway.application.audit.AuditActions;
import mx.gob.sre.mae.gateway.application.audit.AuditTrail;
import mx.gob.sre.mae.gateway.application.intake.CaseAdditions;
import mx.gob.sre.mae.gateway.application.routing.VersionPublisher;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseFile;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseRepository;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseVersion;
import mx.gob.sre.mae.gateway.domain.model.cases.Folio;
import mx.gob.sre.mae.gateway.domain.model.cases.UnknownCaseException;
import mx.gob.sre.mae.gateway.domain.model.matching.CaseLink;
import mx.gob.sre.mae.gateway.domain.model.matching.CaseLinkRepository;
import mx.gob.sre.mae.gateway.domain.model.matching.MatchReview;
import mx.gob.sre.mae.gateway.domain.model.people.Officer;

/**
 * Repeat reports of the same person, linked rather than duplicated. Every report from every channel
 * goes through the matching engine in its intake transaction:
 * <ul>
 *   <li>a sure match (auto-link) makes the new report part of the first case: it is kept whole, and
 *       the first case gets a new version carrying it, so the recipients receive an update rather than a
 *       new case;</li>
 *   <li>an unsure match is queued for an officer of the new report's consulate (the new report is
 *       forwarded meanwhile: a report never waits for a person);</li>
 *   <li>a pair an officer called "not the same" is never proposed again.</li>
 * </ul>
 * Every link and unlink is an event in {@code case_link} and a version of the cases involved.
 */
@ApplicationScoped
public class CaseLinking {

  static final String SYSTEM = "matching";

  @Inject PersonMatching matching;
  @Inject CaseLinkRepository links;
  @Inject CaseRepository cases;
  @Inject CaseAdditions additions;
  @Inject VersionPublisher versions;
  @Inject AuditTrail audit;
  @Inject jakarta.enterprise.event.Event<PersonsReported> reported;

  private final Clock clock = Clock.systemUTC();

  /**
   * Matches a new report's persons; returns the folio of the case it was linked into (then the new
   * report is not routed on its own), or empty (route it as a new case). Without {@code autoLinkAllowed}
   * (an officer has said it is a new person) even a sure match only waits for review.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<String> onIntake(CaseFile report, CaseVersion first, boolean autoLinkAllowed) {
    String folio = report.folio().value();
    for (PersonRecord person : ReportedPersons.of(report.folio(), first.content(), first.recordedAt())) {
      for (PersonMatcher.Candidate candidate : matching.matcher().match(person)) {
        String other = root(candidate.person().folio());
        if (other.equals(folio) || decided(other, folio)) {
          continue;
        }
        String explanation = explain(candidate);
        if (candidate.decision() == MatchPolicy.Decision.AUTO_LINK && autoLinkAllowed) {
          Optional<CaseFile> primary = cases.find(Folio.parse(other));
          if (primary.isPresent()) {
            links.add(new CaseLink(other, folio, CaseLink.Event.LINKED, true, candidate.result().score(), explanation, SYSTEM,
                clock.instant()));
            additions.append(primary.get(), SYSTEM, folio, "linked report " + folio, linkedReportText(report, first, candidate));
            reported.fire(new PersonsReported(report.folio(), first.content(), first.recordedAt()));
            return Optional.of(other);
          }
        } else if (links.review(other, folio).isEmpty()) {
          links.add(new MatchReview(other, folio, report.consulateCode(), candidate.result().score(), explanation, clock.instant()));
        }
      }
    }
    return Optional.empty();
  }

  /** Open reviews of the officer's consulate, best score first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<MatchReview> reviews(Officer officer) {
    return links.openReviews(officer.consulateCode());
  }

  /** The officer confirms the pair: linked, and both cases get a version saying so (routed as updates). */
  @Transactional
  public MatchReview confirm(Officer officer, long reviewId) {
    MatchReview review = ownReview(officer, reviewId);
    review.decide(MatchReview.Status.LINKED, officer.username(), clock.instant());
    links.add(new CaseLink(review.primaryCase(), review.linkedCase(), CaseLink.Event.LINKED, false, review.score(),
        review.explanation(), officer.username(), clock.instant()));
    CaseFile primary = find(review.primaryCase());
    CaseFile linked = find(review.linkedCase());
    additions.append(primary, officer.username(), review.linkedCase(), "linked report " + review.linkedCase(),
        "Report " + review.linkedCase() + " is of the same person (confirmed by " + officer.username() + ").\n"
            + linked.current().content().circumstances());
    additions.append(linked, officer.username(), review.primaryCase(), "linked to " + review.primaryCase(),
        "This report is of the same person as case " + review.primaryCase() + " (confirmed by " + officer.username() + ").");
    return review;
  }

  /** The officer says they are different persons: remembered, never proposed again. */
  @Transactional
  public MatchReview reject(Officer officer, long reviewId) {
    MatchReview review = ownReview(officer, reviewId);
    review.decide(MatchReview.Status.NOT_SAME, officer.username(), clock.instant());
    links.add(new CaseLink(review.primaryCase(), review.linkedCase(), CaseLink.Event.NOT_SAME, false, review.score(),
        review.explanation(), officer.username(), clock.instant()));
    return review;
  }

  /**
   * Undoes a link: both reports stand alone again, with history. A report that was absorbed at intake
   * (never routed on its own) is routed now as the new case it is.
   */
  @Transactional
  public void unlink(Officer officer, String folioA, String folioB) {
    CaseLink link = links.latest(folioA, folioB).filter(l -> l.event() == CaseLink.Event.LINKED)
        .orElseThrow(() -> new UnknownCaseException(folioB));
    CaseFile primary = find(link.primaryCase());
    CaseFile linked = find(link.linkedCase());
    if (!officer.consulateCode().equals(primary.consulateCode()) && !officer.consulateCode().equals(linked.consulateCode())) {
      throw new UnknownCaseException(folioB);
    }
    links.add(new CaseLink(link.primaryCase(), link.linkedCase(), CaseLink.Event.UNLINKED, false, null, null, officer.username(),
        clock.instant()));
    additions.append(primary, officer.username(), link.linkedCase(), "unlinked " + link.linkedCase(),
        "Report " + link.linkedCase() + " is not of this person after all (unlinked by " + officer.username() + ").");
    if (link.automatic() && linked.currentVersionNumber() == 1) {
      versions.publish(linked, linked.current(), clock.instant());
    } else {
      additions.append(linked, officer.username(), link.primaryCase(), "unlinked from " + link.primaryCase(),
          "This report is no longer linked to case " + link.primaryCase() + " (unlinked by " + officer.username() + ").");
    }
  }

  /** Every link decision about a case, oldest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<CaseLink> history(Officer officer, String folio) {
    if (!Folio.isWellFormed(folio) || !find(folio).consulateCode().equals(officer.consulateCode())) {
      throw new UnknownCaseException(folio);
    }
    List<CaseLink> history = links.of(folio);
    audit.record(AuditActions.CASE_LINKS_READ, AuditTrail.CASE, folio, history.size() + " link decision(s)");
    return history;
  }

  /** The case a report was linked into, if it was (one level: links always point at the first report). */
  public String root(String folio) {
    return links.of(folio).stream().filter(l -> l.linkedCase().equals(folio)).reduce((a, b) -> b)
        .filter(l -> l.event() == CaseLink.Event.LINKED).map(CaseLink::primaryCase).orElse(folio);
  }

  private boolean decided(String a, String b) {
    return links.latest(a, b).map(l -> l.event() == CaseLink.Event.NOT_SAME || l.event() == CaseLink.Event.LINKED).orElse(false);
  }

  private MatchReview ownReview(Officer officer, long id) {
    return links.review(id).filter(r -> r.consulateCode().equals(officer.consulateCode()))
        .orElseThrow(() -> new mx.gob.sre.mae.gateway.domain.model.delivery.UnknownDeliveryException(id));
  }

  private CaseFile find(String folio) {
    return cases.find(Folio.parse(folio)).orElseThrow(() -> new UnknownCaseException(folio));
  }

  private static String linkedReportText(CaseFile report, CaseVersion first, PersonMatcher.Candidate candidate) {
    return "Another report of the same person: " + report.folio().value() + " (" + report.channel() + ", consulate "
        + report.consulateCode() + "), linked automatically with score " + String.format(Locale.ROOT, "%.3f", candidate.result().score())
        + ".\n" + (first.content().circumstances() == null ? "" : first.content().circumstances());
  }

  /** The score and each field's similarity, for the record of a decision. */
  public static String explain(PersonMatcher.Candidate candidate) {
    return candidate.result().fields().stream()
        .map(f -> f.field() + "=" + String.format(Locale.ROOT, "%.2f", f.similarity()) + (f.note() == null || f.note().isBlank() ? "" : " (" + f.note() + ")"))
        .collect(Collectors.joining("; ", "score " + String.format(Locale.ROOT, "%.3f", candidate.result().score()) + ": ", ""));
  }
}
