package mx.gob.sre.mae.gateway.application.phone;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.gob.sre.mae.gateway.application.phone.ConversationAnswers.PersonName;
import mx.gob.sre.mae.i18n.CodeList;
import mx.gob.sre.mae.i18n.Language;

/**
 * Turns a family's free-text answers into the coded values of a report (dates, an age, a Mexican
 * state, a relationship, a name in parts), the way a consular officer would read them. What it
 * cannot read stays as the family wrote it; the conversation never depends on a guess.
 */
final class AnswerReader {

  /** An age answer: an approximate age or a date of birth, one of them. */
  record Age(Integer approximateAge, LocalDate dateOfBirth) {}

  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  private static final int MAX_AGE = 120;

  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})\\b");
  private static final Pattern DAY_FIRST = Pattern.compile("\\b(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4}|\\d{2})\\b");
  private static final Pattern DAY_MONTH_NAME =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th|er|o|º)?\\s+(?:de\\s+)?(\\p{L}+)\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})\\b");
  private static final Pattern MONTH_NAME_DAY =
      Pattern.compile("\\b(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");

  /** Month names and common abbreviations in the four languages (folded: no accents, lower case). */
  private static final Map<String, Integer> MONTHS = months(
      "enero january janvier janeiro ene jan janv",
      "febrero february fevrier fevereiro feb fev fevr",
      "marzo march mars marco mar",
      "abril april avril abr apr avr",
      "mayo may mai maio",
      "junio june juin junho jun",
      "julio july juillet julho jul juil",
      "agosto august aout ago aug",
      "septiembre setiembre september septembre setembro sep sept set",
      "octubre october octobre outubro oct out",
      "noviembre november novembre novembro nov",
      "diciembre december decembre dezembro dic dec dez");

  /** Words that join the next word in a name: "de la Cruz" is one surname. */
  private static final Set<String> NAME_PARTICLES =
      Set.of("de", "del", "la", "las", "los", "y", "da", "das", "do", "dos", "di", "van", "von", "le", "du", "des");

  /**
   * Names of places in Mexico beyond the states' labels: short and common forms of states, and
   * cities on the migrant routes that name their state unambiguously.
   */
  private static final Map<String, String> PLACE_ALIASES = Map.ofEntries(
      Map.entry("cdmx", "MX-CMX"), Map.entry("df", "MX-CMX"), Map.entry("distrito federal", "MX-CMX"),
      Map.entry("ciudad de mexico", "MX-CMX"), Map.entry("mexico city", "MX-CMX"),
      Map.entry("edomex", "MX-MEX"), Map.entry("edo mex", "MX-MEX"), Map.entry("edo de mex", "MX-MEX"),
      Map.entry("estado de mexico", "MX-MEX"),
      Map.entry("veracruz", "MX-VER"), Map.entry("coahuila", "MX-COA"), Map.entry("michoacan", "MX-MIC"),
      Map.entry("nuevo leon", "MX-NLE"), Map.entry("queretaro", "MX-QUE"), Map.entry("qroo", "MX-ROO"),
      Map.entry("q roo", "MX-ROO"), Map.entry("slp", "MX-SLP"), Map.entry("bcs", "MX-BCS"),
      Map.entry("tijuana", "MX-BCN"), Map.entry("mexicali", "MX-BCN"), Map.entry("ciudad juarez", "MX-CHH"),
      Map.entry("nuevo laredo", "MX-TAM"), Map.entry("reynosa", "MX-TAM"), Map.entry("matamoros", "MX-TAM"),
      Map.entry("monterrey", "MX-NLE"), Map.entry("tapachula", "MX-CHP"), Map.entry("guadalajara", "MX-JAL"),
      Map.entry("acapulco", "MX-GRO"), Map.entry("cancun", "MX-ROO"), Map.entry("coatzacoalcos", "MX-VER"),
      Map.entry("tenosique", "MX-TAB"), Map.entry("ciudad hidalgo", "MX-CHP"), Map.entry("piedras negras", "MX-COA"),
      Map.entry("nogales", "MX-SON"));

  private static final Map<String, String> PLACES = places();

  /**
   * Words and phrases for a reporter's relationship, most specific first ("grand mere" before
   * "mere"); the number of the menu in {@code sms.ask.relationship} is checked before them.
   */
  private static final List<Map.Entry<String, List<String>>> RELATIONSHIPS = relationships("""
      GRANDPARENT: grand mere, grand pere, grandmother, grandfather, grandma, grandpa, grandparent, abuela, abuelo, avo, avos
      GRANDCHILD: petite fille, petit fils, granddaughter, grandson, grandchild, nieta, nieto, neta, neto
      OTHER_RELATIVE: belle mere, beau pere, belle soeur, beau frere, mother in law, father in law, sister in law, \
        brother in law, suegra, suegro, cunada, cunado, sogra, sogro, cunhada, cunhado
      MOTHER: madre, mama, mami, mother, mom, mum, mere, maman, mae
      FATHER: padre, papa, papi, father, dad, pere, pai
      SISTER: hermana, sister, soeur, irma
      BROTHER: hermano, brother, frere, irmao
      DAUGHTER: hija, daughter, fille, filha
      SON: hijo, son, fils, filho
      SPOUSE: esposa, esposo, conyuge, wife, husband, spouse, epouse, epoux, mari, femme, marido, mulher, conjuge
      PARTNER: pareja, partner, novia, novio, girlfriend, boyfriend, compagne, compagnon, companheira, companheiro, \
        namorada, namorado, parceira, parceiro
      AUNT_UNCLE: tia, tio, aunt, uncle, tante, oncle
      NIECE_NEPHEW: sobrina, sobrino, niece, nephew, neveu, sobrinha, sobrinho
      COUSIN: prima, primo, cousin, cousine
      FRIEND: amiga, amigo, friend, ami, amie
      LEGAL_REPRESENTATIVE: abogada, abogado, lawyer, attorney, avocat, avocate, advogada, advogado
      EMPLOYER: patron, patrona, jefe, jefa, employer, boss, employeur, patrao, empregador
      OTHER_RELATIVE: familiar, relative, parente
      """);

  /** Codes that turn around with a possessive: "my son" means the reporter is a parent, not a son. */
  private static final Set<String> ONE_WAY = Set.of(
      "MOTHER", "FATHER", "SISTER", "BROTHER", "DAUGHTER", "SON", "GRANDPARENT", "GRANDCHILD", "AUNT_UNCLE", "NIECE_NEPHEW");

  private static final Set<String> POSSESSIVES = Set.of("mi", "mis", "my", "mon", "ma", "mes", "meu", "minha", "meus", "minhas");

  /** "Se llama …", "his name is …" and the like, before a name. */
  private static final Pattern NAME_INTRO = Pattern.compile(
      "(?iu)^\\s*(se llama|su nombre es|his name is|her name is|the name is|name is|il s'appelle|elle s'appelle"
          + "|son nom est|ele se chama|ela se chama|se chama|chama-se|nombre|name|nom|nome)\\s*[:,-]?\\s+");

  /** The menu of {@code sms.ask.relationship}: 1 mother … 8 other. */
  private static final List<String> RELATIONSHIP_MENU =
      List.of("MOTHER", "FATHER", "SISTER", "BROTHER", "DAUGHTER", "SON", "SPOUSE", "OTHER");

  private AnswerReader() {}

  /**
   * A date written as {@code 1999-04-02}, {@code 02/04/1999} (day first), {@code 2/4/99} or
   * {@code 2 de abril de 1999}, between 1900 and {@code latest}; empty when there is none.
   */
  static Optional<LocalDate> date(String text, LocalDate today, LocalDate latest) {
    String folded = ConversationText.fold(text);
    List<LocalDate> found = new ArrayList<>();
    Matcher iso = ISO.matcher(folded);
    if (iso.find()) {
      of(number(iso.group(1)), number(iso.group(2)), number(iso.group(3))).ifPresent(found::add);
    }
    Matcher dayFirst = DAY_FIRST.matcher(folded);
    if (found.isEmpty() && dayFirst.find()) {
      of(year(dayFirst.group(3), today), number(dayFirst.group(2)), number(dayFirst.group(1))).ifPresent(found::add);
    }
    Matcher named = DAY_MONTH_NAME.matcher(folded);
    if (found.isEmpty() && named.find() && MONTHS.containsKey(named.group(2))) {
      of(number(named.group(3)), MONTHS.get(named.group(2)), number(named.group(1))).ifPresent(found::add);
    }
    Matcher english = MONTH_NAME_DAY.matcher(folded);
    if (found.isEmpty() && english.find() && MONTHS.containsKey(english.group(1))) {
      of(number(english.group(3)), MONTHS.get(english.group(1)), number(english.group(2))).ifPresent(found::add);
    }
    return found.stream().filter(d -> !d.isBefore(EARLIEST) && !d.isAfter(latest)).findFirst();
  }

  /**
   * An age ("23", "23 años", "about 23 years") or a date of birth, or a year of birth (an
   * approximate age); empty when the answer is not one.
   */
  static Optional<Age> age(String text, LocalDate today) {
    Optional<LocalDate> birth = date(text, today, today);
    if (birth.isPresent()) {
      return Optional.of(new Age(null, birth.get()));
    }
    List<String> words = ConversationText.words(text);
    List<Integer> numbers = words.stream().filter(w -> w.matches("\\d{1,4}")).map(Integer::valueOf).toList();
    if (numbers.size() != 1 || words.size() > 5) {
      return Optional.empty();
    }
    int n = numbers.get(0);
    if (n <= MAX_AGE) {
      return Optional.of(new Age(n, null));
    }
    if (n >= EARLIEST.getYear() && n <= today.getYear()) {
      return Optional.of(new Age(today.getYear() - n, null));
    }
    return Optional.empty();
  }

  /**
   * The ISO 3166-2 code of the Mexican state a place names, by the states' labels in every language
   * and their common forms; when several are named, the one named last (addresses end with the state).
   */
  static Optional<String> state(String place) {
    String text = " " + ConversationText.normalise(place) + " ";
    String best = null;
    int bestEnd = -1;
    int bestLength = 0;
    for (Map.Entry<String, String> e : PLACES.entrySet()) {
      String name = " " + e.getKey() + " ";
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        int end = at + name.length();
        if (end > bestEnd || (end == bestEnd && name.length() > bestLength)) {
          best = e.getValue();
          bestEnd = end;
          bestLength = name.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The RELATIONSHIP code an answer names: the menu's number, or a word in any language ("soy la
   * madre", "his mother"). "My son" names the missing person, not the reporter: a relative whose
   * exact tie the code cannot tell (OTHER_RELATIVE). Anything else is OTHER; the text is kept.
   */
  static String relationship(String text) {
    String normalised = ConversationText.normalise(text);
    if (normalised.matches("[1-8]")) {
      return RELATIONSHIP_MENU.get(Integer.parseInt(normalised) - 1);
    }
    String padded = " " + normalised + " ";
    for (Map.Entry<String, List<String>> e : RELATIONSHIPS) {
      if (e.getValue().stream().anyMatch(word -> padded.contains(" " + word + " "))) {
        boolean possessive = POSSESSIVES.stream().anyMatch(p -> padded.contains(" " + p + " "));
        return possessive && ONE_WAY.contains(e.getKey()) ? "OTHER_RELATIVE" : e.getKey();
      }
    }
    return "OTHER";
  }

  /**
   * Splits a full name written on one line: with three parts or more the last two are the surnames
   * (Mexican usage: father's then mother's), with two the last one is; "de la Cruz" counts as one part.
   */
  static PersonName personName(String text) {
    List<String> parts = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String word : NAME_INTRO.matcher(text.strip()).replaceFirst("").split("\\s+")) {
      String clean = word.replaceAll("^[\\p{P}&&[^'’]]+|[\\p{P}&&[^'’]]+$", "");
      if (clean.isEmpty()) {
        continue;
      }
      pending.append(pending.isEmpty() ? "" : " ").append(clean);
      if (!NAME_PARTICLES.contains(ConversationText.normalise(clean))) {
        parts.add(pending.toString());
        pending.setLength(0);
      }
    }
    if (!pending.isEmpty()) {
      if (parts.isEmpty()) {
        parts.add(pending.toString());
      } else {
        parts.set(parts.size() - 1, parts.get(parts.size() - 1) + " " + pending);
      }
    }
    int n = parts.size();
    if (n == 0) {
      return new PersonName(null, null, null);
    }
    if (n == 1) {
      return new PersonName(parts.get(0), null, null);
    }
    if (n == 2) {
      return new PersonName(parts.get(0), parts.get(1), null);
    }
    return new PersonName(String.join(" ", parts.subList(0, n - 2)), parts.get(n - 2), parts.get(n - 1));
  }

  private static Optional<LocalDate> of(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException impossible) {
      return Optional.empty();
    }
  }

  private static int number(String digits) {
    return Integer.parseInt(digits);
  }

  /** A two-digit year is this century's unless that is still to come. */
  private static int year(String digits, LocalDate today) {
    int year = number(digits);
    if (digits.length() > 2) {
      return year;
    }
    int thisCentury = today.getYear() / 100 * 100 + year;
    return thisCentury <= today.getYear() ? thisCentury : thisCentury - 100;
  }

  private static Map<String, Integer> months(String... lines) {
    Map<String, Integer> months = new LinkedHashMap<>();
    for (int i = 0; i < lines.length; i++) {
      for (String name : lines[i].split(" ")) {
        months.put(name, i + 1);
      }
    }
    return Map.copyOf(months);
  }

  /** "CODE: word, word" lines, in order; a code may come back on a later line. */
  private static List<Map.Entry<String, List<String>>> relationships(String table) {
    return table.lines()
        .filter(line -> !line.isBlank())
        .map(line -> line.split(":", 2))
        .map(parts -> Map.entry(parts[0].strip(), Arrays.stream(parts[1].split(",")).map(String::strip).toList()))
        .toList();
  }

  private static Map<String, String> places() {
    Map<String, String> places = new LinkedHashMap<>(PLACE_ALIASES);
    for (String code : CodeList.MX_STATE.codes()) {
      for (Language language : Language.values()) {
        places.putIfAbsent(ConversationText.normalise(CodeList.MX_STATE.label(code, language.locale())), code);
      }
    }
    return Map.copyOf(places);
  }
}
