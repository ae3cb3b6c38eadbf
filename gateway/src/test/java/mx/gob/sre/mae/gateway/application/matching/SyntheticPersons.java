package mx.gob.sre.mae.gateway.application.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import mx.gob.sre.mae.i18n.NameLists;

/**
 * Synthetic reported persons and labelled pairs for measuring the matcher, in the FEBRL/GeCo
 * tradition: persons drawn from frequency lists of Mexican and Central American given names and
 * surnames (test resources), second reports made from them by named corruptions (typos, Spanish
 * sound-alikes, nicknames, abbreviations, swapped surnames and dates, an age for a date…), and hard
 * negatives (siblings, father and son, common-name collisions). No real person's data is used.
 */
public final class SyntheticPersons {

  /** How a second report of the same person differs from the first. */
  public enum Corruption {
    TYPO, PHONETIC, ACCENT_DROPPED, NICKNAME, ABBREVIATION, SURNAMES_SWAPPED, SECOND_SURNAME_MISSING,
    GIVEN_NAME_PARTIAL, DATE_DAY_MONTH_SWAP, DATE_TYPO, AGE_INSTEAD_OF_DOB, CURP_TYPO, STATE_MISSING,
    /** two or three of the above at once. */
    MULTI
  }

  /** A different person who looks like an indexed one. */
  public enum HardNegative {
    SIBLING, FATHER_SON, COMMON_NAME,
    /** a person drawn at random, not derived from anyone indexed. */
    RANDOM
  }

  /** Two records and whether they are the same person; {@code type} names the corruption or the negative. */
  public record LabelledPair(PersonRecord indexed, PersonRecord probe, boolean match, String type) { }

  private record Weighted<T>(List<T> items, double[] cumulative) {
    T pick(Random r) {
      double x = r.nextDouble() * cumulative[cumulative.length - 1];
      int lo = 0;
      int hi = cumulative.length - 1;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (cumulative[mid] < x) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return items.get(lo);
    }
  }

  private record State(String code, List<String> places) { }

  private static final String[] NATIONALITIES = {"MX", "GT", "HN", "SV", "NI", "CU", "VE"};
  private static final double[] NATIONALITY_SHARE = {0.55, 0.15, 0.15, 0.08, 0.03, 0.02, 0.02};
  private static final String[] CURP_STATES = {"AS", "BC", "BS", "CC", "CL", "CM", "CS", "CH", "DF", "DG", "GT", "GR", "HG", "JC",
      "MC", "MN", "MS", "NT", "NL", "OC", "PL", "QT", "QR", "SP", "SL", "SR", "TC", "TS", "TL", "VZ", "YN", "ZS"};
  private static final String KEYBOARD = "qwertyuiop|asdfghjklñ|zxcvbnm";

  private final Random random;
  private final Weighted<String> male;
  private final Weighted<String> female;
  private final Weighted<String> surnames;
  private final Weighted<State> states;
  private final Map<String, List<String>> nicknamesOf = new HashMap<>();
  private long nextId = 1;

  public SyntheticPersons(long seed) {
    this.random = new Random(seed);
    List<String> m = new ArrayList<>();
    List<Double> mw = new ArrayList<>();
    List<String> f = new ArrayList<>();
    List<Double> fw = new ArrayList<>();
    for (String[] row : rows("given-names.tsv")) {
      if (row[1].equals("M")) {
        m.add(row[0]);
        mw.add(Double.parseDouble(row[2]));
      } else {
        f.add(row[0]);
        fw.add(Double.parseDouble(row[2]));
      }
    }
    male = weighted(m, mw);
    female = weighted(f, fw);
    List<String> s = new ArrayList<>();
    List<Double> sw = new ArrayList<>();
    for (String[] row : rows("surnames.tsv")) {
      s.add(row[0]);
      sw.add(Double.parseDouble(row[1]));
    }
    surnames = weighted(s, sw);
    List<State> st = new ArrayList<>();
    List<Double> stw = new ArrayList<>();
    for (String[] row : rows("places.tsv")) {
      st.add(new State(row[0], List.of(row[2].split("\\|"))));
      stw.add(Double.parseDouble(row[1]));
    }
    states = weighted(st, stw);
    NameLists.nicknames().forEach((nick, names) -> {
      if (names.size() == 1) {
        nicknamesOf.computeIfAbsent(names.get(0), k -> new ArrayList<>()).add(nick);
      }
    });
  }

  // ------------------------------------------------------------------ persons

  /** A new random person with a fresh id. */
  public PersonRecord person() {
    Builder b = new Builder();
    b.id = nextId++;
    b.folio = "MAE-SYN-" + b.id;
    b.sex = random.nextBoolean() ? "M" : "F";
    b.givenNames = givenNames(b.sex);
    b.firstSurname = surnames.pick(random);
    b.secondSurname = random.nextDouble() < 0.97 ? surnames.pick(random) : null;
    b.nationality = pick(NATIONALITIES, NATIONALITY_SHARE);
    State state = states.pick(random);
    b.lastSeenState = state.code();
    b.lastSeenPlace = state.places().get(random.nextInt(state.places().size()));
    b.lastSeenDate = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(4200));
    int age = age();
    b.dateOfBirth = b.lastSeenDate.minusYears(age).minusDays(random.nextInt(365));
    if (random.nextDouble() < 0.06) {
      b.approximateAge = (int) ChronoUnit.YEARS.between(b.dateOfBirth, b.lastSeenDate);
      b.referenceYear = b.lastSeenDate.getYear();
      b.dateOfBirth = null;
    }
    if ("MX".equals(b.nationality) && b.dateOfBirth != null && random.nextDouble() < 0.6) {
      b.curp = curp(b);
    } else if (!"MX".equals(b.nationality) && random.nextDouble() < 0.4) {
      b.foreignDocumentType = random.nextBoolean() ? "PASSPORT" : "NATIONAL_ID";
      b.foreignDocumentNumber = String.valueOf(100_000_000L + (long) (random.nextDouble() * 899_999_999L));
    }
    return b.build();
  }

  /** {@code n} new random persons. */
  public List<PersonRecord> persons(int n) {
    List<PersonRecord> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(person());
    }
    return list;
  }

  private String givenNames(String sex) {
    Weighted<String> names = sex.equals("M") ? male : female;
    String first = names.pick(random);
    if (random.nextDouble() >= 0.35) {
      return first;
    }
    double lead = random.nextDouble();
    if (sex.equals("F") && lead < 0.5) {
      first = "María";
    } else if (sex.equals("M") && lead < 0.4) {
      first = random.nextBoolean() ? "José" : "Juan";
    }
    String second = names.pick(random);
    while (second.equals(first)) {
      second = names.pick(random);
    }
    return first + " " + second;
  }

  private int age() {
    // most missing migrants are young adults; some children and older people
    double u = random.nextDouble();
    if (u < 0.08) {
      return 8 + random.nextInt(10);
    }
    if (u < 0.85) {
      return 18 + (int) Math.abs(random.nextGaussian() * 10);
    }
    return 40 + random.nextInt(35);
  }

  /** A CURP consistent with the person's names, date of birth and sex, with a correct check digit. */
  public String curp(Builder b) {
    String letters = Curp.nameLetters(b.givenNames, b.firstSurname, b.secondSurname);
    LocalDate d = b.dateOfBirth;
    String state = CURP_STATES[random.nextInt(CURP_STATES.length)];
    String given = NameNormalizer.givenVariants(b.givenNames).get(0).get(0);
    String body = letters + String.format(Locale.ROOT, "%02d%02d%02d", d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth())
        + (b.sex.equals("M") ? "H" : "M") + state + consonant(NameNormalizer.surname(b.firstSurname))
        + consonant(NameNormalizer.surname(b.secondSurname)) + consonant(given)
        + (d.getYear() < 2000 ? (char) ('0' + random.nextInt(10)) : (char) ('A' + random.nextInt(26)));
    return body + Curp.checkDigit(body);
  }

  private static char consonant(String name) {
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 'A' && c <= 'Z' && "AEIOU ".indexOf(c) < 0) {
        return c;
      }
    }
    return 'X';
  }

  // ------------------------------------------------------------------ pairs

  /**
   * A second report of {@code original} changed by {@code type}, with the usual differences of
   * another channel (a CURP or document not given, another place text, a few days' difference in the
   * last-seen date); null when {@code type} does not apply to this person.
   */
  public PersonRecord duplicate(PersonRecord original, Corruption type) {
    Builder b = Builder.of(original);
    b.id = nextId++;
    b.folio = "MAE-SYN-" + b.id;
    if (type == Corruption.MULTI) {
      Corruption[] all = Corruption.values();
      int want = 2 + random.nextInt(2);
      int done = 0;
      for (int tries = 0; tries < 30 && done < want; tries++) {
        if (apply(b, all[random.nextInt(all.length - 1)])) {
          done++;
        }
      }
      if (done < 2) {
        return null;
      }
    } else if (!apply(b, type)) {
      return null;
    }
    channelNoise(b);
    return b.build();
  }

  private void channelNoise(Builder b) {
    if (b.curp != null && random.nextDouble() < 0.4) {
      b.curp = null;
    }
    if (b.foreignDocumentNumber != null && random.nextDouble() < 0.5) {
      b.foreignDocumentType = null;
      b.foreignDocumentNumber = null;
    }
    if (b.lastSeenPlace != null && random.nextDouble() < 0.25) {
      b.lastSeenPlace = null;
    }
    if (b.lastSeenDate != null && random.nextDouble() < 0.3) {
      b.lastSeenDate = b.lastSeenDate.plusDays(random.nextInt(11) - 5);
    }
    if (random.nextDouble() < 0.05) {
      b.sex = null;
    }
    if (random.nextDouble() < 0.1) {
      b.nationality = null;
    }
  }

  private boolean apply(Builder b, Corruption type) {
    return switch (type) {
      case TYPO -> onName(b, this::typo);
      case PHONETIC -> onName(b, this::phonetic);
      case ACCENT_DROPPED -> {
        String before = b.givenNames + b.firstSurname + b.secondSurname;
        b.givenNames = stripAccents(b.givenNames);
        b.firstSurname = stripAccents(b.firstSurname);
        b.secondSurname = stripAccents(b.secondSurname);
        yield !before.equals(b.givenNames + b.firstSurname + b.secondSurname);
      }
      case NICKNAME -> nickname(b);
      case ABBREVIATION -> abbreviate(b);
      case SURNAMES_SWAPPED -> {
        if (b.secondSurname == null) {
          yield false;
        }
        String first = b.firstSurname;
        b.firstSurname = b.secondSurname;
        b.secondSurname = first;
        yield true;
      }
      case SECOND_SURNAME_MISSING -> {
        boolean had = b.secondSurname != null;
        b.secondSurname = null;
        yield had;
      }
      case GIVEN_NAME_PARTIAL -> {
        String[] tokens = b.givenNames.split(" ");
        if (tokens.length < 2) {
          yield false;
        }
        b.givenNames = random.nextDouble() < 0.7 ? tokens[tokens.length - 1] : tokens[0];
        yield true;
      }
      case DATE_DAY_MONTH_SWAP -> {
        LocalDate d = b.dateOfBirth;
        if (d == null || d.getDayOfMonth() > 12 || d.getDayOfMonth() == d.getMonthValue()) {
          yield false;
        }
        b.dateOfBirth = LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue());
        yield true;
      }
      case DATE_TYPO -> dateTypo(b);
      case AGE_INSTEAD_OF_DOB -> {
        if (b.dateOfBirth == null || b.lastSeenDate == null) {
          yield false;
        }
        b.referenceYear = b.lastSeenDate.getYear() + random.nextInt(2);
        b.approximateAge = (int) ChronoUnit.YEARS.between(b.dateOfBirth, b.lastSeenDate) + (random.nextDouble() < 0.15 ? 1 : 0);
        b.dateOfBirth = null;
        b.curp = null;
        yield true;
      }
      case CURP_TYPO -> {
        if (b.curp == null) {
          yield false;
        }
        char[] c = b.curp.toCharArray();
        int i = random.nextInt(18);
        char old = c[i];
        while (c[i] == old) {
          c[i] = Character.isDigit(old) ? (char) ('0' + random.nextInt(10)) : (char) ('A' + random.nextInt(26));
        }
        b.curp = new String(c);
        yield true;
      }
      case STATE_MISSING -> {
        boolean had = b.lastSeenState != null;
        b.lastSeenState = null;
        yield had;
      }
      case MULTI -> false;
    };
  }

  /** Applies {@code change} to a name field chosen at random (given 40 %, first surname 35 %, second 25 %). */
  private boolean onName(Builder b, java.util.function.UnaryOperator<String> change) {
    for (int tries = 0; tries < 6; tries++) {
      double u = random.nextDouble();
      if (u < 0.4) {
        String changed = change.apply(b.givenNames);
        if (changed != null) {
          b.givenNames = changed;
          return true;
        }
      } else if (u < 0.75) {
        String changed = change.apply(b.firstSurname);
        if (changed != null) {
          b.firstSurname = changed;
          return true;
        }
      } else if (b.secondSurname != null) {
        String changed = change.apply(b.secondSurname);
        if (changed != null) {
          b.secondSurname = changed;
          return true;
        }
      }
    }
    return false;
  }

  private String typo(String name) {
    if (name == null || name.length() < 3) {
      return null;
    }
    char[] c = name.toCharArray();
    int i = 1 + random.nextInt(c.length - 1);
    if (c[i] == ' ') {
      return null;
    }
    String s = name;
    switch (random.nextInt(4)) {
      case 0 -> s = name.substring(0, i) + name.substring(i + 1);
      case 1 -> s = name.substring(0, i) + neighbour(c[i]) + name.substring(i);
      case 2 -> s = name.substring(0, i) + neighbour(c[i]) + name.substring(i + 1);
      default -> {
        if (i + 1 < c.length && c[i + 1] != ' ' && c[i] != c[i + 1]) {
          char t = c[i];
          c[i] = c[i + 1];
          c[i + 1] = t;
          s = new String(c);
        }
      }
    }
    return s.equals(name) ? null : s;
  }

  private char neighbour(char ch) {
    char lower = Character.toLowerCase(stripAccents(String.valueOf(ch)).charAt(0));
    for (String row : KEYBOARD.split("\\|")) {
      int at = row.indexOf(lower);
      if (at >= 0) {
        int j = at == 0 ? 1 : at == row.length() - 1 ? at - 1 : at + (random.nextBoolean() ? 1 : -1);
        char n = row.charAt(j);
        return Character.isUpperCase(ch) ? Character.toUpperCase(n) : n;
      }
    }
    return 'e';
  }

  private static final String[][] SOUND_ALIKES = {
      {"b", "v"}, {"v", "b"}, {"z", "s"}, {"s", "z"}, {"ce", "se"}, {"ci", "si"}, {"ll", "y"}, {"y", "ll"},
      {"h", ""}, {"H", ""}, {"ge", "je"}, {"gi", "ji"}, {"je", "ge"}, {"x", "j"}, {"X", "J"}, {"J", "X"}, {"j", "x"},
      {"qu", "k"}, {"gua", "wa"}, {"Gua", "Wa"}, {"ñ", "n"}, {"rr", "r"}, {"B", "V"}, {"V", "B"}, {"S", "Z"}, {"Z", "S"},
      {"Ll", "Y"}, {"Y", "Ll"}, {"ca", "ka"}, {"co", "ko"}};

  private String phonetic(String name) {
    if (name == null) {
      return null;
    }
    List<String[]> applicable = new ArrayList<>();
    for (String[] rule : SOUND_ALIKES) {
      if (name.contains(rule[0])) {
        applicable.add(rule);
      }
    }
    if (applicable.isEmpty()) {
      return null;
    }
    String[] rule = applicable.get(random.nextInt(applicable.size()));
    int at = name.indexOf(rule[0]);
    String changed = name.substring(0, at) + rule[1] + name.substring(at + rule[0].length());
    return changed.isBlank() ? null : changed;
  }

  private boolean nickname(Builder b) {
    if (replaceGivenToken(b, nicknamesOf)) {
      return true;
    }
    List<String> whole = nicknamesOf.get(b.givenNames);
    if (whole != null) {
      b.givenNames = whole.get(random.nextInt(whole.size()));
      return true;
    }
    return false;
  }

  /** Replaces the first given-name token that {@code written} has other forms of by one of them. */
  private boolean replaceGivenToken(Builder b, Map<String, List<String>> written) {
    String[] tokens = b.givenNames.split(" ");
    for (int i = 0; i < tokens.length; i++) {
      List<String> forms = written.get(tokens[i]);
      if (forms != null) {
        tokens[i] = forms.get(random.nextInt(forms.size()));
        b.givenNames = String.join(" ", tokens);
        return true;
      }
    }
    return false;
  }

  private static final Map<String, List<String>> ABBREVIATIONS = Map.of(
      "María", List.of("Ma.", "Mª", "Ma"), "José", List.of("J.", "Jse."), "Francisco", List.of("Fco."),
      "Guadalupe", List.of("Gpe."), "Guillermo", List.of("Gmo."), "Hernández", List.of("Hdez."),
      "González", List.of("Glez."), "Rodríguez", List.of("Rguez."), "Martínez", List.of("Mtz."), "Fernández", List.of("Fdez."));

  private boolean abbreviate(Builder b) {
    if (replaceGivenToken(b, ABBREVIATIONS)) {
      return true;
    }
    for (String field : new String[] {"first", "second"}) {
      String s = field.equals("first") ? b.firstSurname : b.secondSurname;
      List<String> abbr = s == null ? null : ABBREVIATIONS.get(s);
      if (abbr != null) {
        if (field.equals("first")) {
          b.firstSurname = abbr.get(0);
        } else {
          b.secondSurname = abbr.get(0);
        }
        return true;
      }
    }
    return false;
  }

  private boolean dateTypo(Builder b) {
    if (b.dateOfBirth == null) {
      return false;
    }
    char[] digits = b.dateOfBirth.toString().replace("-", "").toCharArray();
    for (int tries = 0; tries < 20; tries++) {
      char[] c = digits.clone();
      int i = 2 + random.nextInt(6);
      if (random.nextBoolean() && i < 7) {
        char t = c[i];
        c[i] = c[i + 1];
        c[i + 1] = t;
      } else {
        c[i] = (char) ('0' + random.nextInt(10));
      }
      String s = new String(c);
      try {
        LocalDate d = LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(4, 6)), Integer.parseInt(s.substring(6)));
        if (!d.equals(b.dateOfBirth) && d.getYear() > 1900 && d.isBefore(LocalDate.of(2026, 1, 1))) {
          b.dateOfBirth = d;
          return true;
        }
      } catch (java.time.DateTimeException e) {
        // not a real date: try another digit
      }
    }
    return false;
  }

  /** A different person who looks like {@code original}; null when the kind does not apply. */
  public PersonRecord hardNegative(PersonRecord original, HardNegative kind) {
    Builder b = Builder.of(original);
    b.id = nextId++;
    b.folio = "MAE-SYN-" + b.id;
    b.curp = null;
    b.foreignDocumentType = null;
    b.foreignDocumentNumber = null;
    switch (kind) {
      case SIBLING -> {
        // same parents: both surnames, same journey (place, state, date), another given name and birth date
        if (original.secondSurname() == null) {
          return null;
        }
        b.sex = random.nextBoolean() ? "M" : "F";
        String given = givenNames(b.sex);
        while (NameNormalizer.fold(given).equals(NameNormalizer.fold(original.givenNames()))) {
          given = givenNames(b.sex);
        }
        b.givenNames = given;
        LocalDate base = original.dateOfBirth() != null ? original.dateOfBirth() : LocalDate.of(original.birthYear().orElse(1995), 6, 1);
        int gap = (1 + random.nextInt(12)) * (random.nextBoolean() ? 1 : -1);
        b.dateOfBirth = base.plusYears(gap).plusDays(random.nextInt(300) - 150);
        b.approximateAge = null;
        b.referenceYear = null;
      }
      case FATHER_SON -> {
        // the father carries the son's full name, twenty to forty years older
        if (!"M".equals(original.sex()) || original.birthYear().isEmpty()) {
          return null;
        }
        LocalDate base = original.dateOfBirth() != null ? original.dateOfBirth() : LocalDate.of(original.birthYear().getAsInt(), 6, 1);
        b.dateOfBirth = base.minusYears(20 + random.nextInt(21)).plusDays(random.nextInt(300) - 150);
        b.approximateAge = null;
        b.referenceYear = null;
        b.secondSurname = random.nextDouble() < 0.5 ? original.secondSurname() : surnames.pick(random);
        if (random.nextDouble() < 0.6) {
          b.lastSeenDate = original.lastSeenDate() == null ? null : original.lastSeenDate().plusDays(random.nextInt(2000) - 1000);
        }
      }
      case COMMON_NAME -> {
        // another person with the same given name and first surname (often the same second one too)
        PersonRecord other = person();
        b.dateOfBirth = other.dateOfBirth() != null ? other.dateOfBirth() : LocalDate.of(1990, 1, 1);
        b.approximateAge = null;
        b.referenceYear = null;
        b.secondSurname = random.nextDouble() < 0.4 ? original.secondSurname() : other.secondSurname();
        b.lastSeenState = other.lastSeenState();
        b.lastSeenPlace = other.lastSeenPlace();
        b.lastSeenDate = other.lastSeenDate();
        b.nationality = other.nationality();
        if (b.dateOfBirth.equals(original.dateOfBirth())) {
          b.dateOfBirth = b.dateOfBirth.plusYears(3);
        }
      }
      case RANDOM -> {
        return person();
      }
      default -> throw new IllegalArgumentException(kind.name());
    }
    if ("MX".equals(b.nationality) && b.dateOfBirth != null && random.nextDouble() < 0.5) {
      b.curp = curp(b);
    }
    return b.build();
  }

  /** {@code perType} labelled pairs of every corruption and every hard negative, from {@code indexed}. */
  public List<LabelledPair> pairs(List<PersonRecord> indexed, int perType) {
    List<LabelledPair> pairs = new ArrayList<>();
    for (Corruption type : Corruption.values()) {
      collect(indexed, perType, p -> duplicate(p, type), true, type.name(), pairs::add);
    }
    for (HardNegative kind : HardNegative.values()) {
      collect(indexed, perType, p -> hardNegative(p, kind), false, kind.name(), pairs::add);
    }
    return pairs;
  }

  private void collect(List<PersonRecord> indexed, int n, java.util.function.Function<PersonRecord, PersonRecord> make, boolean match,
      String type, Consumer<LabelledPair> sink) {
    int made = 0;
    for (int tries = 0; made < n && tries < n * 50; tries++) {
      PersonRecord original = indexed.get(random.nextInt(indexed.size()));
      PersonRecord probe = make.apply(original);
      if (probe != null) {
        sink.accept(new LabelledPair(original, probe, match, type));
        made++;
      }
    }
  }

  // ------------------------------------------------------------------ helpers

  private String pick(String[] values, double[] shares) {
    double u = random.nextDouble();
    for (int i = 0; i < values.length; i++) {
      u -= shares[i];
      if (u < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }

  static String stripAccents(String s) {
    if (s == null) {
      return null;
    }
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  private static <T> Weighted<T> weighted(List<T> items, List<Double> weights) {
    double[] cumulative = new double[items.size()];
    double sum = 0;
    for (int i = 0; i < items.size(); i++) {
      sum += weights.get(i);
      cumulative[i] = sum;
    }
    return new Weighted<>(List.copyOf(items), cumulative);
  }

  private static List<String[]> rows(String resource) {
    try (InputStream in = SyntheticPersons.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + resource);
      }
      List<String[]> rows = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A mutable person while it is being made or corrupted. */
  public static final class Builder {
    long id;
    String folio;
    String givenNames;
    String firstSurname;
    String secondSurname;
    String sex;
    LocalDate dateOfBirth;
    Integer approximateAge;
    Integer referenceYear;
    String curp;
    String foreignDocumentType;
    String foreignDocumentNumber;
    String nationality;
    String lastSeenState;
    String lastSeenPlace;
    LocalDate lastSeenDate;

    static Builder of(PersonRecord p) {
      Builder b = new Builder();
      b.id = p.id();
      b.folio = p.folio();
      b.givenNames = p.givenNames();
      b.firstSurname = p.firstSurname();
      b.secondSurname = p.secondSurname();
      b.sex = p.sex();
      b.dateOfBirth = p.dateOfBirth();
      b.approximateAge = p.approximateAge();
      b.referenceYear = p.referenceYear();
      b.curp = p.curp();
      b.foreignDocumentType = p.foreignDocumentType();
      b.foreignDocumentNumber = p.foreignDocumentNumber();
      b.nationality = p.nationality();
      b.lastSeenState = p.lastSeenState();
      b.lastSeenPlace = p.lastSeenPlace();
      b.lastSeenDate = p.lastSeenDate();
      return b;
    }

    PersonRecord build() {
      return new PersonRecord(id, folio, givenNames, firstSurname, secondSurname, sex, dateOfBirth, approximateAge, referenceYear, curp,
          foreignDocumentType, foreignDocumentNumber, nationality, lastSeenState, lastSeenPlace, lastSeenDate);
    }
  }
}
