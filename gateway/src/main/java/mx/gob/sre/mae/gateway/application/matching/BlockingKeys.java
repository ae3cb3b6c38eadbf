package mx.gob.sre.mae.gateway.application.matching;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The blocking keys of a person: only persons sharing at least one key are scored, so that a match
 * request against a million persons reads a few dozen. Each key leaves out something a second
 * report often gets wrong, so that one typo, a swapped date or a missing surname never hides a
 * match on every key at once:
 * <ul>
 *   <li>{@code n:} phonetic first given name + both phonetic surnames, sorted (order of surnames, dates);</li>
 *   <li>{@code y:} phonetic given name (each of the first and last) + one phonetic surname (each) + birth
 *       year (a typo in the other surname, a missing second surname, a partial given name);</li>
 *   <li>{@code d:} first four letters of a surname (each) + date of birth with day and month sorted
 *       (given-name problems, day/month swaps);</li>
 *   <li>{@code g:} phonetic first given name + date of birth, day and month sorted (surname typos);</li>
 *   <li>{@code s:} both phonetic surnames, sorted + last-seen state (given-name and date problems);</li>
 *   <li>{@code c:} the CURP, when valid.</li>
 * </ul>
 * Broader keys (surname + year, given name + surname) were measured and dropped: on a million
 * persons their blocks hold hundreds of common names. When the birth year comes from an age, the
 * {@code y:} keys are given for that year and the one before.
 */
public final class BlockingKeys {

  private BlockingKeys() {
  }

  /** The keys of {@code person}; empty when it has no surname and no CURP. */
  public static Set<String> of(PersonRecord person) {
    NameNormalizer.Names names = NameNormalizer.normalize(person);
    Set<String> keys = new LinkedHashSet<>();
    Curp.parse(person.curp()).ifPresent(c -> keys.add("c:" + c.value()));
    String s1 = SpanishPhonetic.encode(names.firstSurname());
    String s2 = SpanishPhonetic.encode(names.secondSurname());
    if (s1.isEmpty()) {
      return keys;
    }
    String surnames = s2.isEmpty() ? s1 : s1.compareTo(s2) <= 0 ? s1 + "|" + s2 : s2 + "|" + s1;
    List<String> given = names.givenVariants().isEmpty() ? List.of() : names.givenVariants().get(0);
    String g1 = given.isEmpty() ? "" : SpanishPhonetic.encode(given.get(0));
    String gLast = given.isEmpty() ? "" : SpanishPhonetic.encode(given.get(given.size() - 1));
    String date = sortedDate(person.dateOfBirth());
    if (!g1.isEmpty()) {
      keys.add("n:" + g1 + "|" + surnames);
    }
    OptionalInt year = person.birthYear();
    if (year.isPresent()) {
      for (String g : given.isEmpty() ? List.<String>of() : List.of(g1, gLast)) {
        for (String s : s2.isEmpty() ? List.of(s1) : List.of(s1, s2)) {
          keys.add("y:" + g + "|" + s + "|" + year.getAsInt());
          if (person.birthYearApproximate()) {
            keys.add("y:" + g + "|" + s + "|" + (year.getAsInt() - 1));
          }
        }
      }
    }
    if (date != null) {
      keys.add("d:" + initial4(names.firstSurname()) + "|" + date);
      if (names.hasSecondSurname()) {
        keys.add("d:" + initial4(names.secondSurname()) + "|" + date);
      }
      if (!g1.isEmpty()) {
        keys.add("g:" + g1 + "|" + date);
      }
    }
    if (person.lastSeenState() != null && !person.lastSeenState().isBlank()) {
      keys.add("s:" + surnames + "|" + person.lastSeenState().strip());
    }
    return keys;
  }

  private static String initial4(String surname) {
    String letters = surname.replace(" ", "");
    return letters.length() <= 4 ? letters : letters.substring(0, 4);
  }

  /** yyyy-lo-hi with day and month sorted, so that a day/month swap keeps the key. */
  private static String sortedDate(LocalDate date) {
    if (date == null) {
      return null;
    }
    int a = date.getMonthValue();
    int b = date.getDayOfMonth();
    return date.getYear() + "-" + Math.min(a, b) + "-" + Math.max(a, b);
  }
}
