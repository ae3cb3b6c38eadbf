package mx.gob.sre.mae.gateway.application.pfif;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.gob.sre.mae.gateway.application.audit.AuditActions;
import mx.gob.sre.mae.gateway.application.audit.AuditTrail;
import mx.gob.sre.mae.gateway.application.intake.CaseAdditions;
import mx.gob.sre.mae.gateway.application.matching.CaseLinking;
import mx.gob.sre.mae.gateway.application.matching.MatchPolicy;
import mx.gob.sre.mae.gateway.application.matching.PersonMatcher;
import mx.gob.sre.mae.gateway.application.matching.PersonMatching;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseFile;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseRepository;
import mx.gob.sre.mae.gateway.domain.model.cases.Folio;
import mx.gob.sre.mae.gateway.domain.model.pfif.PersonMatch;
import mx.gob.sre.mae.gateway.domain.model.pfif.ReceivedNote;
import mx.gob.sre.mae.gateway.domain.model.pfif.ReceivedPerson;
import mx.gob.sre.mae.gateway.domain.model.pfif.ReceivedRecord;
import mx.gob.sre.mae.gateway.domain.model.pfif.ReceivedRecords;
import mx.gob.sre.mae.gateway.domain.model.people.Officer;
import mx.gob.sre.mae.routes.pfif.PfifDocument;
import mx.gob.sre.mae.routes.pfif.PfifNote;
import mx.gob.sre.mae.routes.pfif.PfifPerson;
import mx.gob.sre.mae.routes.pfif.PfifWriter;

/**
 * Takes in a PFIF document from another person-finding repository, in one transaction:
 * <ul>
 *   <li>each person and note is stored as a received record (append-only, keyed by its record id): a
 *       record already stored with the same content, or not newer by entry date, changes nothing; a
 *       newer one with other content is a new version. Records of our own domain are ours and skipped;</li>
 *   <li>each new or changed person goes through the matching engine against the reported persons. A
 *       sure match (the engine's auto-link decision) adds the record and its notes to that case as a new
 *       version, marked unverified and routed to the case's recipients as an update; an unsure one waits
 *       for an officer of the case's consulate ({@link PfifReview});</li>
 *   <li>a new note about a person of ours, or about a received person already added to a case, is
 *       added to that case.</li>
 * </ul>
 * A received person never becomes a case by itself: it is unverified, and may not be missing in Mexico.
 */
@ApplicationScoped
public class PfifImport {

  @Inject ReceivedRecords received;
  @Inject PersonMatching matching;
  @Inject CaseLinking linking;
  @Inject CaseRepository cases;
  @Inject CaseAdditions additions;
  @Inject PfifSettings settings;
  @Inject AuditTrail audit;

  private final Clock clock = Clock.systemUTC();

  private enum Outcome { IMPORTED, UPDATED, UNCHANGED }

  /** Imports {@code document} for {@code officer}; folios of other consulates' cases are left out of the answer unless {@code seesAll}. */
  @Transactional
  public PfifImportSummary importDocument(Officer officer, boolean seesAll, PfifDocument document) {
    PfifIds ids = settings.ids();
    Instant now = clock.instant();
    Tally tally = new Tally();
    Map<PfifPerson, Integer> changedPersons = new LinkedHashMap<>();
    for (PfifPerson p : document.persons()) {
      if (ids.isOurs(p.personRecordId())) {
        tally.own++;
        continue;
      }
      PfifPerson record = p.withNotes(List.of());
      Optional<ReceivedPerson> stored = received.latestPerson(p.personRecordId());
      Outcome outcome = outcome(stored, p.entryDate(), record.withEntryDate(null), null);
      if (outcome != Outcome.UNCHANGED) {
        int version = stored.map(s -> s.version() + 1).orElse(1);
        received.add(new ReceivedPerson(p.personRecordId(), version, p.entryDate(), p.sourceDate(), p.fullName(),
            xml(new PfifDocument(List.of(record), List.of())), hash(record.withEntryDate(null), null), now, officer.username(),
            officer.consulateCode()));
        changedPersons.put(p, version);
      }
      tally.persons(outcome);
    }
    List<PfifNote> changedNotes = new ArrayList<>();
    for (PfifNote n : document.allNotes()) {
      if (ids.isOurs(n.noteRecordId())) {
        tally.own++;
        continue;
      }
      Optional<ReceivedNote> stored = received.latestNote(n.noteRecordId());
      Outcome outcome = outcome(stored, n.entryDate(), null, n.withEntryDate(null));
      if (outcome != Outcome.UNCHANGED) {
        received.add(new ReceivedNote(n.noteRecordId(), n.personRecordId(), stored.map(s -> s.version() + 1).orElse(1), n.entryDate(),
            n.sourceDate(), n.status() == null ? null : n.status().code(), xml(new PfifDocument(List.of(), List.of(n))),
            hash(null, n.withEntryDate(null)), now, officer.username(), officer.consulateCode()));
        changedNotes.add(n);
      }
      tally.notes(outcome);
    }
    Map<String, StringBuilder> byCase = new LinkedHashMap<>();
    Set<String> covered = new HashSet<>();
    List<PfifImportSummary.Match> matches = new ArrayList<>();
    for (Map.Entry<PfifPerson, Integer> changed : changedPersons.entrySet()) {
      match(changed.getKey(), changed.getValue(), now, byCase, covered, tally).ifPresent(m -> matches.add(visible(m, officer, seesAll)));
    }
    for (PfifNote n : changedNotes) {
      if (!covered.contains(n.noteRecordId())) {
        caseOf(ids, n.personRecordId()).ifPresent(folio -> append(byCase, folio, PfifTexts.note(n)));
      }
    }
    for (Map.Entry<String, StringBuilder> addition : byCase.entrySet()) {
      CaseFile c = cases.find(Folio.parse(addition.getKey())).orElseThrow();
      additions.append(c, officer.username(), "PFIF", CasePfifMapper.IMPORT_REASON, addition.getValue().toString().strip());
    }
    PfifImportSummary summary = new PfifImportSummary(tally.personsImported, tally.personsUpdated, tally.personsUnchanged,
        tally.notesImported, tally.notesUpdated, tally.notesUnchanged, tally.own, tally.matched, tally.toReview, byCase.size(), matches);
    audit.record(AuditActions.PFIF_IMPORT, AuditTrail.PFIF, "import", summary.toString());
    return summary;
  }

  /**
   * The best candidate for a new or changed received person. A person already on that case gets its
   * new version added; a sure match is recorded and added with all its notes; an unsure one is
   * recorded for an officer (once); a pair an officer called "not the same" is left alone.
   */
  private Optional<PfifImportSummary.Match> match(PfifPerson p, int version, Instant now, Map<String, StringBuilder> byCase,
      Set<String> covered, Tally tally) {
    Optional<PersonMatcher.Candidate> best = matching.matcher().match(PfifPersonProbe.of(p)).stream().findFirst();
    if (best.isEmpty()) {
      return Optional.empty();
    }
    PersonMatcher.Candidate candidate = best.get();
    String folio = linking.root(candidate.person().folio());
    double score = candidate.result().score();
    Optional<PersonMatch> prior = received.latest(p.personRecordId(), folio);
    if (prior.map(m -> m.decision() == PersonMatch.Decision.NOT_SAME).orElse(false)) {
      return Optional.empty();
    }
    if (prior.map(m -> m.decision().onCase()).orElse(false)) {
      // its notes reach the case like any new note about a person on a case (below)
      tally.matched++;
      append(byCase, folio, PfifTexts.person(p, score, true));
      return Optional.of(new PfifImportSummary.Match(p.personRecordId(), folio, prior.get().decision().name(), score));
    }
    if (candidate.decision() == MatchPolicy.Decision.AUTO_LINK) {
      received.add(new PersonMatch(p.personRecordId(), version, folio, PersonMatch.Decision.AUTO_LINK, score, CaseLinking.explain(candidate),
          PersonMatch.ENGINE, now));
      tally.matched++;
      append(byCase, folio, PfifTexts.personWithNotes(received, p.personRecordId(), score, covered));
      return Optional.of(new PfifImportSummary.Match(p.personRecordId(), folio, PersonMatch.Decision.AUTO_LINK.name(), score));
    }
    if (prior.isEmpty()) {
      received.add(new PersonMatch(p.personRecordId(), version, folio, PersonMatch.Decision.REVIEW, score, CaseLinking.explain(candidate),
          PersonMatch.ENGINE, now));
    }
    tally.toReview++;
    return Optional.of(new PfifImportSummary.Match(p.personRecordId(), folio, PersonMatch.Decision.REVIEW.name(), score));
  }

  /** The case a note belongs in: one of our persons, or a received person added to a case. */
  private Optional<String> caseOf(PfifIds ids, String personRecordId) {
    Optional<PfifIds.OurPerson> ours = ids.ourPerson(personRecordId);
    if (ours.isPresent()) {
      return cases.find(ours.get().folio()).map(c -> c.folio().value());
    }
    return received.linkedCase(personRecordId).map(PersonMatch::folio);
  }

  private PfifImportSummary.Match visible(PfifImportSummary.Match m, Officer officer, boolean seesAll) {
    boolean own = seesAll || cases.find(Folio.parse(m.folio())).map(c -> c.consulateCode().equals(officer.consulateCode())).orElse(false);
    return own ? m : new PfifImportSummary.Match(m.personRecordId(), null, m.decision(), m.score());
  }

  private static void append(Map<String, StringBuilder> byCase, String folio, String text) {
    byCase.computeIfAbsent(folio, k -> new StringBuilder()).append(text.strip()).append("\n\n");
  }

  private static Outcome outcome(Optional<? extends ReceivedRecord> stored, Instant entryDate, PfifPerson person, PfifNote note) {
    if (stored.isEmpty()) {
      return Outcome.IMPORTED;
    }
    return stored.get().supersededBy(entryDate, hash(person, note)) ? Outcome.UPDATED : Outcome.UNCHANGED;
  }

  private static String xml(PfifDocument document) {
    return new PfifWriter().toXml(document);
  }

  /** SHA-256 of the record as PFIF (one of the two given): equal content, equal hash. */
  private static String hash(PfifPerson person, PfifNote note) {
    PfifDocument document = person != null ? new PfifDocument(List.of(person), List.of()) : new PfifDocument(List.of(), List.of(note));
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xml(document).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Counts for the summary. */
  private static final class Tally {
    int personsImported;
    int personsUpdated;
    int personsUnchanged;
    int notesImported;
    int notesUpdated;
    int notesUnchanged;
    int own;
    int matched;
    int toReview;

    void persons(Outcome o) {
      switch (o) {
        case IMPORTED -> personsImported++;
        case UPDATED -> personsUpdated++;
        case UNCHANGED -> personsUnchanged++;
      }
    }

    void notes(Outcome o) {
      switch (o) {
        case IMPORTED -> notesImported++;
        case UPDATED -> notesUpdated++;
        case UNCHANGED -> notesUnchanged++;
      }
    }
  }
}
