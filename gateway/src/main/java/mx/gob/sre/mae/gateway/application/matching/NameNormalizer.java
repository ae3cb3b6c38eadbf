package mx.gob.sre.mae.gateway.application.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.gob.sre.mae.i18n.NameLists;

/**
 * Brings Mexican and Central American names to one written form before they are compared: the same
 * person is reported as "Ma. Guadalupe Hernández de la Cruz", "MARIA GUADALUPE HERNANDEZ CRUZ" and
 * "Lupita Hernandez". It folds accents, case and Ñ, drops particles (de, del, de la, los, y…),
 * expands written abbreviations (Ma., Mª, J., Fco, Gpe, Hdez) and nicknames (Pepe → José, Chema →
 * José María) from the i18n name lists, and keeps compound given names as tokens.
 */
public final class NameNormalizer {

  /** Particles dropped from given names and surnames. */
  private static final Set<String> PARTICLES = Set.of("DE", "DEL", "LA", "LAS", "LO", "LOS", "EL", "Y", "E", "DA", "DI",
      "VAN", "VON");
  /** First words of compound surnames, kept with the next word (San Juan, Santa Cruz). */
  private static final Set<String> SURNAME_PREFIXES = Set.of("SAN", "SANTA", "SANTO", "MC", "MAC");
  private static final int MAX_VARIANTS = 8;

  private NameNormalizer() {
  }

  /** A person's names, normalized: given-name variants (nicknames may stand for several names) and surnames. */
  public record Names(List<List<String>> givenVariants, String firstSurname, String secondSurname) {

    /** The most usual reading of the given names, tokens joined by a space ("" when none). */
    public String given() {
      return givenVariants.isEmpty() ? "" : String.join(" ", givenVariants.get(0));
    }

    public boolean hasSecondSurname() {
      return !secondSurname.isEmpty();
    }
  }

  /**
   * Upper case A–Z and single spaces only: accents and other marks removed (Ñ → N, Ü → U, ª → A),
   * every other character a space. Null gives "".
   */
  public static String fold(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean space = true;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      char u = Character.toUpperCase(c);
      if (u >= 'A' && u <= 'Z') {
        out.append(u);
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    return out.substring(0, end);
  }

  /** Given names and surnames of {@code person}, normalized. Both surnames written in the first field are split. */
  public static Names normalize(PersonRecord person) {
    List<String> first = surnameTokens(person.firstSurname());
    List<String> second = surnameTokens(person.secondSurname());
    if (first.isEmpty() && !second.isEmpty()) {
      first = second;
      second = List.of();
    }
    if (second.isEmpty() && first.size() >= 2) {
      second = first.subList(1, first.size());
      first = first.subList(0, 1);
    }
    return new Names(givenVariants(person.givenNames()), String.join(" ", first), String.join(" ", second));
  }

  /** One surname: folded, abbreviations expanded, particles dropped; compound prefixes glued ("SAN JUAN" stays one token). */
  public static String surname(String raw) {
    return String.join(" ", surnameTokens(raw));
  }

  static List<String> surnameTokens(String raw) {
    List<String> tokens = new ArrayList<>();
    String pending = null;
    for (String token : fold(raw).split(" ")) {
      if (token.isEmpty() || PARTICLES.contains(token)) {
        continue;
      }
      String expanded = Lists.SURNAME_ABBREVIATIONS.getOrDefault(token, token);
      if (pending != null) {
        tokens.add(pending + expanded);
        pending = null;
      } else if (SURNAME_PREFIXES.contains(expanded)) {
        pending = expanded;
      } else {
        tokens.add(expanded);
      }
    }
    if (pending != null) {
      tokens.add(pending);
    }
    return tokens;
  }

  /**
   * The readings of given names: abbreviations expanded, particles dropped, each nickname replaced by
   * the names it may stand for ("Beto Luis" → [ALBERTO LUIS], [ROBERTO LUIS], …), at most 8, the most
   * usual first. Empty when there is no given name.
   */
  public static List<List<String>> givenVariants(String raw) {
    List<List<String>> variants = new ArrayList<>();
    variants.add(List.of());
    for (String token : fold(raw).split(" ")) {
      if (token.isEmpty() || PARTICLES.contains(token)) {
        continue;
      }
      String expanded = Lists.GIVEN_ABBREVIATIONS.getOrDefault(token, token);
      List<List<String>> readings = Lists.NICKNAMES.getOrDefault(expanded, List.of(List.of(expanded.split(" "))));
      List<List<String>> next = new ArrayList<>();
      for (List<String> prefix : variants) {
        for (List<String> reading : readings) {
          if (next.size() < MAX_VARIANTS) {
            List<String> joined = new ArrayList<>(prefix);
            joined.addAll(reading);
            next.add(List.copyOf(joined));
          }
        }
      }
      variants = next;
    }
    return variants.get(0).isEmpty() ? List.of() : List.copyOf(variants);
  }

  /** The i18n name lists, folded once. */
  private static final class Lists {
    static final Map<String, String> GIVEN_ABBREVIATIONS = new HashMap<>();
    static final Map<String, String> SURNAME_ABBREVIATIONS = new HashMap<>();
    static final Map<String, List<List<String>>> NICKNAMES = new HashMap<>();

    static {
      for (NameLists.Abbreviation a : NameLists.abbreviations()) {
        (a.scope() == NameLists.Scope.SURNAME ? SURNAME_ABBREVIATIONS : GIVEN_ABBREVIATIONS)
            .put(fold(a.written()), fold(a.name()));
      }
      NameLists.nicknames().forEach((nickname, names) -> {
        List<List<String>> readings = new ArrayList<>();
        for (String name : names) {
          readings.add(List.of(fold(name).split(" ")).stream().filter(t -> !PARTICLES.contains(t)).toList());
        }
        NICKNAMES.put(fold(nickname), List.copyOf(readings));
      });
    }
  }
}
