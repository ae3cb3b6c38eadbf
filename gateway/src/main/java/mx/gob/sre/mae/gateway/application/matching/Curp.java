package mx.gob.sre.mae.gateway.application.matching;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The CURP (Clave Única de Registro de Población), checked and read. The national register checks a
 * reported CURP against the population registry (seed para 209); here it is checked as far as it can
 * be offline: 18 characters, a real date of birth, sex H/M/X, a state code (NE for the foreign-born)
 * and the official check digit. The check digit misses some errors, so what the CURP says (date,
 * sex, state, name letters) is exposed for matching to confirm a CURP match against the report.
 */
public final class Curp {

  /** Alphabet of the check digit: a character's value is its index. */
  static final String ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

  private static final Pattern FORMAT = Pattern.compile("[A-Z][AEIOUX][A-Z]{2}[0-9]{6}[HMX][A-Z]{2}[A-Z]{3}[0-9A-Z][0-9]");

  /** CURP state code → ISO 3166-2 (NE, born abroad, has none). */
  private static final Map<String, String> STATES = Map.ofEntries(
      Map.entry("AS", "MX-AGU"), Map.entry("BC", "MX-BCN"), Map.entry("BS", "MX-BCS"), Map.entry("CC", "MX-CAM"),
      Map.entry("CL", "MX-COA"), Map.entry("CM", "MX-COL"), Map.entry("CS", "MX-CHP"), Map.entry("CH", "MX-CHH"),
      Map.entry("DF", "MX-CMX"), Map.entry("DG", "MX-DUR"), Map.entry("GT", "MX-GUA"), Map.entry("GR", "MX-GRO"),
      Map.entry("HG", "MX-HID"), Map.entry("JC", "MX-JAL"), Map.entry("MC", "MX-MEX"), Map.entry("MN", "MX-MIC"),
      Map.entry("MS", "MX-MOR"), Map.entry("NT", "MX-NAY"), Map.entry("NL", "MX-NLE"), Map.entry("OC", "MX-OAX"),
      Map.entry("PL", "MX-PUE"), Map.entry("QT", "MX-QUE"), Map.entry("QR", "MX-ROO"), Map.entry("SP", "MX-SLP"),
      Map.entry("SL", "MX-SIN"), Map.entry("SR", "MX-SON"), Map.entry("TC", "MX-TAB"), Map.entry("TS", "MX-TAM"),
      Map.entry("TL", "MX-TLA"), Map.entry("VZ", "MX-VER"), Map.entry("YN", "MX-YUC"), Map.entry("ZS", "MX-ZAC"),
      Map.entry("NE", ""));

  private final String value;
  private final LocalDate birthDate;

  private Curp(String value, LocalDate birthDate) {
    this.value = value;
    this.birthDate = birthDate;
  }

  /** True when {@code text} (trimmed, any case) is a well-formed CURP with a real date, a known state and the right check digit. */
  public static boolean isValid(String text) {
    return parse(text).isPresent();
  }

  /** The CURP read from {@code text}, or empty when it is not valid. */
  public static Optional<Curp> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String curp = text.strip().toUpperCase(Locale.ROOT);
    if (!FORMAT.matcher(curp).matches() || !STATES.containsKey(curp.substring(11, 13))
        || checkDigit(curp.substring(0, 17)) != curp.charAt(17) - '0') {
      return Optional.empty();
    }
    // the 17th character tells the century: a digit before 2000, a letter from 2000 on
    int century = Character.isDigit(curp.charAt(16)) ? 1900 : 2000;
    try {
      LocalDate date = LocalDate.of(century + Integer.parseInt(curp.substring(4, 6)), Integer.parseInt(curp.substring(6, 8)),
          Integer.parseInt(curp.substring(8, 10)));
      return Optional.of(new Curp(curp, date));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The official check digit of the first 17 characters: each character's value in
   * {@value #ALPHABET} times a weight from 18 down to 2, summed; digit = (10 − sum mod 10) mod 10.
   */
  public static int checkDigit(String first17) {
    if (first17.length() != 17) {
      throw new IllegalArgumentException("A CURP check digit needs 17 characters");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int v = ALPHABET.indexOf(first17.charAt(i));
      if (v < 0) {
        throw new IllegalArgumentException("Not a CURP character: " + first17.charAt(i));
      }
      sum += v * (18 - i);
    }
    return (10 - sum % 10) % 10;
  }

  /**
   * The four name letters a CURP starts with for these names: first surname's initial and first
   * inner vowel, second surname's initial (X when none), and the first given name's initial (the
   * second name's when the first is María or José). Ñ is written X. The registry's replacement of
   * rude words is not applied, so compare these letters allowing one difference.
   */
  public static String nameLetters(String givenNames, String firstSurname, String secondSurname) {
    NameNormalizer.Names names = NameNormalizer.normalize(
        new PersonRecord(0, null, givenNames, firstSurname, secondSurname, null, null, null, null, null, null, null, null,
            null, null, null));
    String first = names.firstSurname().replace(" ", "");
    String second = names.secondSurname().replace(" ", "");
    StringBuilder letters = new StringBuilder(4);
    letters.append(first.isEmpty() ? 'X' : first.charAt(0));
    char vowel = 'X';
    for (int i = 1; i < first.length(); i++) {
      if ("AEIOU".indexOf(first.charAt(i)) >= 0) {
        vowel = first.charAt(i);
        break;
      }
    }
    letters.append(vowel);
    letters.append(second.isEmpty() ? 'X' : second.charAt(0));
    List<String> given = names.givenVariants().isEmpty() ? List.of() : names.givenVariants().get(0);
    String name = given.isEmpty() ? "X" : given.get(0);
    if (given.size() > 1 && (name.equals("MARIA") || name.equals("JOSE"))) {
      name = given.get(1);
    }
    letters.append(name.charAt(0));
    return letters.toString();
  }

  public String value() {
    return value;
  }

  /** Date of birth the CURP encodes. */
  public LocalDate birthDate() {
    return birthDate;
  }

  /** Sex the CURP encodes: H (hombre), M (mujer) or X. */
  public char sex() {
    return value.charAt(10);
  }

  /** Sex as the case model codes it: M, F or X. */
  public String sexCode() {
    return switch (sex()) {
      case 'H' -> "M";
      case 'M' -> "F";
      default -> "X";
    };
  }

  /** The two-letter state code of the CURP (NE: born abroad). */
  public String stateCode() {
    return value.substring(11, 13);
  }

  /** The state of birth as ISO 3166-2 (MX-VER), or empty for the foreign-born. */
  public Optional<String> birthState() {
    String iso = STATES.get(stateCode());
    return iso.isEmpty() ? Optional.empty() : Optional.of(iso);
  }

  /** The four name letters the CURP starts with. */
  public String nameLetters() {
    return value.substring(0, 4);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Curp other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
