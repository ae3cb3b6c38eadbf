package mx.gob.sre.mae.routes.routing;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiPredicate;
import mx.gob.sre.mae.routes.canonical.CanonicalCase;

/** The closed vocabulary of the table's {@code when} column: each fact is true or false of a case. */
public enum Fact {
  ALWAYS((c, today) -> true),
  /** At least one missing person was last seen in a known Mexican state. */
  STATE_KNOWN((c, today) -> !CaseFacts.lastSeenStates(c).isEmpty()),
  /** No missing person was last seen in a known Mexican state. */
  STATE_UNKNOWN((c, today) -> CaseFacts.lastSeenStates(c).isEmpty()),
  OFFICIAL_INVOLVEMENT((c, today) -> c.publicOfficialInvolvementSuspected()),
  MIGRANT((c, today) -> c.missingPersons().stream().anyMatch(CaseFacts::isMigrant)),
  FEMALE_PERSON((c, today) -> c.missingPersons().stream().anyMatch(CaseFacts::isFemale)),
  MINOR_PERSON((c, today) -> c.missingPersons().stream().anyMatch(p -> CaseFacts.isMinor(p, today))),
  /** A foreign authority notified a death or human remains, and a consular officer confirmed it is this person. */
  PERSON_DECEASED((c, today) -> c.authorityNotices().stream().anyMatch(CanonicalCase.AuthorityNotice::concernsDeath)),
  /** A foreign authority notified the person alive (located, detained, hospitalized, met by migration), confirmed by an officer. */
  PERSON_LOCATED_ALIVE((c, today) -> c.authorityNotices().stream().anyMatch(n -> !n.concernsDeath()));

  private final BiPredicate<CanonicalCase, LocalDate> test;

  Fact(BiPredicate<CanonicalCase, LocalDate> test) {
    this.test = test;
  }

  public boolean holdsFor(CanonicalCase c, LocalDate today) {
    return test.test(c, today);
  }

  /** The facts that hold for {@code c} on {@code today}. */
  public static Set<Fact> of(CanonicalCase c, LocalDate today) {
    Set<Fact> facts = EnumSet.noneOf(Fact.class);
    for (Fact fact : values()) {
      if (fact.holdsFor(c, today)) {
        facts.add(fact);
      }
    }
    return facts;
  }
}
