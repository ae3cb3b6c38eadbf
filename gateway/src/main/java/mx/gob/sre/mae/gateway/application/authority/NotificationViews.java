package mx.gob.sre.mae.gateway.application.authority;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import mx.gob.sre.mae.gateway.domain.model.authority.AuthorityNotification;
import mx.gob.sre.mae.gateway.domain.model.authority.NotificationFacts;
import mx.gob.sre.mae.gateway.domain.model.authority.NotifiedPerson;

/** Notifications as the notifying authority and as consular officers see them. */
public final class NotificationViews {

  private NotificationViews() {}

  /**
   * What the authority sees of its notification: our reference, its own, the type and where it stands.
   * Never the case, the family, or who decided.
   */
  public record AuthorityStatus(String reference, String authorityReference, String type, String status, Instant receivedAt,
      Instant decidedAt) {}

  /** A pending or decided notification in an officer's list. */
  public record Summary(String reference, String authority, String type, String status, String personName, LocalDate eventDate,
      int candidates, String folio, Instant receivedAt) {}

  /** Everything an officer needs to decide. */
  public record Detail(String reference, String source, String authorityReference, Authority authority, String type, String status,
      NotifiedPerson person, NotificationFacts facts, List<Candidate> candidates, List<FileRef> files, List<Event> history,
      String folio, String decidedBy, Instant decidedAt, Instant receivedAt) {}

  public record Authority(long id, String name, String country, String kind) {}

  /** A candidate case, with the engine's score and explanation; {@code rejected} once an officer said it is not this person. */
  public record Candidate(String folio, double score, String decision, String explanation, boolean rejected) {}

  public record FileRef(String fileName, String mediaType, long size, String sha256) {}

  public record Event(Instant at, String actor, String action, String detail) {}

  static AuthorityStatus status(AuthorityNotification n) {
    return new AuthorityStatus(n.reference().value(), n.authorityReference(), n.type().name(), n.status().name(), n.receivedAt(),
        n.decidedAt());
  }

  static Summary summary(AuthorityNotification n) {
    return new Summary(n.reference().value(), n.authority().name(), n.type().name(), n.status().name(), n.person().fullName(),
        n.facts().eventDate(), n.candidates().size(), n.folio(), n.receivedAt());
  }

  static Detail detail(AuthorityNotification n) {
    Set<String> rejected = n.rejectedCandidates();
    return new Detail(n.reference().value(), n.source(), n.authorityReference(),
        new Authority(n.authority().id(), n.authority().name(), n.authority().country(), n.authority().kind().name()),
        n.type().name(), n.status().name(), n.person(), n.facts(),
        n.candidates().stream().map(c -> new Candidate(c.folio(), c.score(), c.decision(), c.explanation(), rejected.contains(c.folio())))
            .toList(),
        n.files().stream().map(f -> new FileRef(f.fileName(), f.mediaType(), f.size(), f.sha256())).toList(),
        n.events().stream().map(e -> new Event(e.recordedAt(), e.actor(), e.action(), e.detail())).toList(),
        n.folio(), n.decidedBy(), n.decidedAt(), n.receivedAt());
  }
}
