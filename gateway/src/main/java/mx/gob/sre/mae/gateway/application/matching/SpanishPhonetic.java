package mx.gob.sre.mae.gateway.application.matching;

/**
 * A phonetic key for Spanish names as Mexicans and Central Americans write them, for blocking:
 * names that sound alike get one key, so a sound-alike spelling does not hide a report. Soundex and
 * the Metaphones of Commons Codec follow English spelling and miss Spanish sound-alikes, hence this
 * one. It merges b/v; s/z/c before e, i; ll/y; silent h; j/g before e, i; x/j (s before a consonant
 * or at the end); qu/k/c before a, o, u; gu, hu and w before a vowel; ñ/n; and doubled letters.
 * Vowels are kept: they tell Spanish names apart.
 */
public final class SpanishPhonetic {

  private SpanishPhonetic() {
  }

  /** The key of {@code name} (any case, accents, spaces ignored); "" for no letters. */
  public static String encode(String name) {
    String s = NameNormalizer.fold(name).replace(" ", "");
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char next = i + 1 < n ? s.charAt(i + 1) : 0;
      char after = i + 2 < n ? s.charAt(i + 2) : 0;
      switch (c) {
        case 'A', 'E', 'I', 'O' -> out.append(c);
        case 'U' -> out.append(startOfSound(out, i) && isVowel(next) ? 'W' : 'U');
        case 'Y' -> out.append(isVowel(next) ? 'Y' : 'I');
        case 'H' -> {
          // silent; "HU" + vowel sounds as W (Huerta / Güerta / Werta)
          if (next == 'U' && isVowel(after) && startOfSound(out, i)) {
            out.append('W');
            i++;
          }
        }
        case 'B', 'V' -> out.append('B');
        case 'C' -> {
          if (next == 'H') {
            out.append('C');
            i++;
          } else if (next == 'E' || next == 'I' || next == 'Y') {
            out.append('S');
          } else {
            out.append('K');
          }
        }
        case 'K' -> out.append('K');
        case 'Q' -> {
          out.append('K');
          if (next == 'U') {
            i++;
          }
        }
        case 'S', 'Z' -> out.append('S');
        case 'X' -> out.append(next == 0 || !isVowel(next) ? 'S' : 'J');
        case 'J' -> out.append('J');
        case 'G' -> {
          if (next == 'E' || next == 'I' || next == 'Y') {
            out.append('J');
          } else if (next == 'U' && (after == 'E' || after == 'I')) {
            out.append('G');
            i++;
          } else if (next == 'U' && isVowel(after)) {
            out.append('W');
            i++;
          } else {
            out.append('G');
          }
        }
        case 'W' -> out.append('W');
        case 'L' -> {
          if (next == 'L') {
            out.append('Y');
            i++;
          } else {
            out.append('L');
          }
        }
        default -> out.append(c);
      }
    }
    return collapse(out);
  }

  private static boolean startOfSound(StringBuilder out, int i) {
    return i == 0 || out.isEmpty();
  }

  private static boolean isVowel(char c) {
    return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
  }

  private static String collapse(StringBuilder key) {
    StringBuilder out = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
