package mx.gob.sre.mae.gateway.application.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseVersionRecorded;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;

/**
 * The matching engine as the application uses it: the person index (a port, kept in the database),
 * the policy's thresholds from configuration, and the index kept current: every committed version's
 * persons are (re)indexed after the commit. A failure to index is logged and costs a missed match,
 * never a report.
 */
@ApplicationScoped
public class PersonMatching {

  private static final Logger LOG = Logger.getLogger(PersonMatching.class.getName());

  @Inject PersonIndex index;

  @jakarta.annotation.Resource jakarta.enterprise.concurrent.ManagedExecutorService executor;

  private volatile PersonMatcher matcher;

  public PersonMatcher matcher() {
    if (matcher == null) {
      MatchPolicy policy = new MatchPolicy(Double.parseDouble(MaeConfig.MATCH_AUTO_LINK.get()), Double.parseDouble(MaeConfig.MATCH_REVIEW.get()));
      matcher = new PersonMatcher(index, new MatchScorer(), policy, PersonMatcher.DEFAULT_CANDIDATE_LIMIT);
    }
    return matcher;
  }

  void versionCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseVersionRecorded recorded) {
    index(new PersonsReported(recorded.folio(), recorded.content(), recorded.recordedAt()));
  }

  void reportCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonsReported reported) {
    index(reported);
  }

  /** On a container thread of its own, outside the finished transaction: a request never waits for the index. */
  private void index(PersonsReported reported) {
    java.util.List<PersonRecord> persons = ReportedPersons.of(reported.folio(), reported.content(), reported.reportedAt());
    if (persons.isEmpty()) {
      return;
    }
    try {
      executor.submit(() -> {
        try {
          index.addAll(persons);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Persons of " + reported.folio() + " not indexed for matching", e);
        }
      });
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Persons of " + reported.folio() + " not indexed for matching", e);
    }
  }
}
