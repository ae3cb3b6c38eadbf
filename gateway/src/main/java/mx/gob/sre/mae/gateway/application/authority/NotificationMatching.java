package mx.gob.sre.mae.gateway.application.authority;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Year;
import java.util.LinkedHashSet;
import java.util.Set;
import mx.gob.sre.mae.gateway.application.matching.CaseLinking;
import mx.gob.sre.mae.gateway.application.matching.MatchPolicy;
import mx.gob.sre.mae.gateway.application.matching.PersonMatcher;
import mx.gob.sre.mae.gateway.application.matching.PersonMatching;
import mx.gob.sre.mae.gateway.application.matching.PersonRecord;
import mx.gob.sre.mae.gateway.domain.model.authority.AuthorityNotification;
import mx.gob.sre.mae.gateway.domain.model.authority.NotifiedPerson;

/**
 * The cases a notification may be about, from the person-matching engine: every case whose person
 * scores at least the review threshold, best first, each with its score and per-field explanation.
 * A report linked into another case is shown as that case. Where and when the authority met the
 * person says nothing about where they went missing, so it is not compared. Never decides: an officer does.
 */
@ApplicationScoped
public class NotificationMatching {

  static final int MAX_CANDIDATES = 10;

  @Inject PersonMatching matching;
  @Inject CaseLinking linking;

  /** Adds the candidates to {@code n}; none when the person carries nothing to match on. */
  public void addCandidates(AuthorityNotification n) {
    NotifiedPerson p = n.person();
    if (!p.identifiable()) {
      return;
    }
    Set<String> seen = new LinkedHashSet<>();
    for (PersonMatcher.Candidate c : matching.matcher().rank(probe(n))) {
      if (c.decision() == MatchPolicy.Decision.NO_MATCH || seen.size() >= MAX_CANDIDATES) {
        break;
      }
      String folio = linking.root(c.person().folio());
      if (seen.add(folio)) {
        n.addCandidate(folio, c.result().score(), c.decision().name(), CaseLinking.explain(c));
      }
    }
  }

  static PersonRecord probe(AuthorityNotification n) {
    NotifiedPerson p = n.person();
    int year = n.facts().eventDate() != null ? n.facts().eventDate().getYear() : Year.now().getValue();
    return new PersonRecord(-1, null, p.givenNames(), p.firstSurname(), p.secondSurname(), p.sex(), p.dateOfBirth(), p.approximateAge(),
        year, p.curp(), p.documentType(), p.documentNumber(), p.nationality(), null, null, null);
  }
}
