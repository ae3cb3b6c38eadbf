package mx.gob.sre.mae.gateway.application.phone;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.gob.sre.mae.i18n.Language;

/**
 * Reads the words people type on a phone, in Spanish, English, French or Portuguese, whatever the
 * case and the accents: commands, greetings, language choices, "I don't know" and yes/no. Kept apart
 * from the conversation so the vocabulary can grow without touching the flow.
 */
final class ConversationText {

  /** What a whole message can ask for, at any point of a conversation. */
  enum CommandKind { STATUS, HELP, STOP, START, NEW }

  /**
   * A recognised command.
   *
   * @param language the language of the keyword (for replies when the conversation has none yet)
   * @param folio for a well-formed STATUS, the folio in canonical form; otherwise null
   * @param accessCode for a well-formed STATUS, the code as {@code ABCD-EFGH-JKMN}; otherwise null
   */
  record Command(CommandKind kind, Language language, String folio, String accessCode) {

    boolean malformedStatus() {
      return kind == CommandKind.STATUS && folio == null;
    }
  }

  private record Keyword(CommandKind kind, Language language) {}

  private static final Map<String, Keyword> KEYWORDS = Map.ofEntries(
      Map.entry("estado", new Keyword(CommandKind.STATUS, Language.ES)),
      Map.entry("status", new Keyword(CommandKind.STATUS, Language.EN)),
      Map.entry("statut", new Keyword(CommandKind.STATUS, Language.FR)),
      Map.entry("situacao", new Keyword(CommandKind.STATUS, Language.PT)),
      Map.entry("ayuda", new Keyword(CommandKind.HELP, Language.ES)),
      Map.entry("help", new Keyword(CommandKind.HELP, Language.EN)),
      Map.entry("aide", new Keyword(CommandKind.HELP, Language.FR)),
      Map.entry("ajuda", new Keyword(CommandKind.HELP, Language.PT)),
      Map.entry("alto", new Keyword(CommandKind.STOP, Language.ES)),
      Map.entry("baja", new Keyword(CommandKind.STOP, Language.ES)),
      Map.entry("parar", new Keyword(CommandKind.STOP, Language.ES)),
      Map.entry("stop", new Keyword(CommandKind.STOP, Language.EN)),
      Map.entry("stopall", new Keyword(CommandKind.STOP, Language.EN)),
      Map.entry("unsubscribe", new Keyword(CommandKind.STOP, Language.EN)),
      Map.entry("cancel", new Keyword(CommandKind.STOP, Language.EN)),
      Map.entry("end", new Keyword(CommandKind.STOP, Language.EN)),
      Map.entry("quit", new Keyword(CommandKind.STOP, Language.EN)),
      Map.entry("arret", new Keyword(CommandKind.STOP, Language.FR)),
      Map.entry("inicio", new Keyword(CommandKind.START, Language.ES)),
      Map.entry("start", new Keyword(CommandKind.START, Language.EN)),
      Map.entry("unstop", new Keyword(CommandKind.START, Language.EN)),
      Map.entry("commencer", new Keyword(CommandKind.START, Language.FR)),
      Map.entry("demarrer", new Keyword(CommandKind.START, Language.FR)),
      Map.entry("comecar", new Keyword(CommandKind.START, Language.PT)),
      Map.entry("iniciar", new Keyword(CommandKind.START, Language.PT)),
      Map.entry("nuevo", new Keyword(CommandKind.NEW, Language.ES)),
      Map.entry("new", new Keyword(CommandKind.NEW, Language.EN)),
      Map.entry("nouveau", new Keyword(CommandKind.NEW, Language.FR)),
      Map.entry("novo", new Keyword(CommandKind.NEW, Language.PT)));

  /** Words that open a conversation in one language only ("ola" without its accent is left out: Spanish speakers write it too). */
  private static final Map<String, Language> GREETINGS = Map.ofEntries(
      Map.entry("hola", Language.ES), Map.entry("buenas", Language.ES), Map.entry("buenos", Language.ES),
      Map.entry("buen", Language.ES), Map.entry("saludos", Language.ES), Map.entry("alo", Language.ES),
      Map.entry("hello", Language.EN), Map.entry("hi", Language.EN), Map.entry("hey", Language.EN),
      Map.entry("good", Language.EN),
      Map.entry("bonjour", Language.FR), Map.entry("bonsoir", Language.FR), Map.entry("salut", Language.FR),
      Map.entry("allo", Language.FR),
      Map.entry("oi", Language.PT), Map.entry("bom", Language.PT), Map.entry("boa", Language.PT));

  /** The answers to the language menu, besides its numbers. */
  private static final Map<String, Language> LANGUAGE_NAMES = Map.ofEntries(
      Map.entry("1", Language.ES), Map.entry("es", Language.ES), Map.entry("espanol", Language.ES),
      Map.entry("spanish", Language.ES), Map.entry("castellano", Language.ES), Map.entry("espagnol", Language.ES),
      Map.entry("espanhol", Language.ES),
      Map.entry("2", Language.EN), Map.entry("en", Language.EN), Map.entry("english", Language.EN),
      Map.entry("ingles", Language.EN), Map.entry("anglais", Language.EN),
      Map.entry("3", Language.FR), Map.entry("fr", Language.FR), Map.entry("francais", Language.FR),
      Map.entry("french", Language.FR), Map.entry("frances", Language.FR),
      Map.entry("4", Language.PT), Map.entry("pt", Language.PT), Map.entry("portugues", Language.PT),
      Map.entry("portuguese", Language.PT), Map.entry("portugais", Language.PT));

  private static final Set<String> SKIPS = Set.of(
      "skip", "pass", "unknown", "i dont know", "dont know", "idk", "not sure", "no idea",
      "no se", "nose", "no lo se", "no sabemos", "no sabe", "no se sabe", "desconocido", "omitir", "saltar",
      "je ne sais pas", "je sais pas", "sais pas", "inconnu", "passer",
      "nao sei", "nao sabemos", "nao sabe", "desconhecido", "pular");

  /** Thanks and the like: worth no reply and no new version of a case. */
  private static final Set<String> COURTESIES = Set.of(
      "ok", "okay", "vale", "listo", "de acuerdo", "gracias", "muchas gracias", "thanks", "thank you", "thank you very much", "thx",
      "merci", "merci beaucoup", "d accord", "obrigado", "obrigada", "muito obrigado", "muito obrigada");

  private static final Set<String> YES = Set.of("si", "s", "yes", "y", "yeah", "yep", "ok", "okay", "claro", "oui", "sim", "1");
  private static final Set<String> NO = Set.of("no", "n", "nope", "non", "nao", "2");

  /** {@code MAE-2026-000123}, typed with or without dashes or spaces, then the access code. */
  private static final Pattern STATUS_ARGUMENTS =
      Pattern.compile("[\\s:,;-]*MAE[\\s-]*(\\d{4})[\\s-]*(\\d{6,})[\\s,;:]+([A-Z0-9][A-Z0-9\\s-]*)");

  private ConversationText() {}

  /**
   * Lower case, no accents, no apostrophes, words separated by single spaces: {@code "¡No sé!"}
   * becomes {@code "no se"}, {@code "I don't know"} becomes {@code "i dont know"}.
   */
  static String normalise(String text) {
    if (text == null) {
      return "";
    }
    return fold(text).replaceAll("['’`´]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** Lower case without accents (œ as oe), punctuation kept. */
  static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
    return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  static List<String> words(String text) {
    String normalised = normalise(text);
    return normalised.isEmpty() ? List.of() : Arrays.asList(normalised.split(" "));
  }

  /**
   * The command a message is, if any. STOP, START, HELP and NEW are a whole message of one word, so
   * that an answer such as "Alto Lucero, Veracruz" is never read as STOP; STATUS is its keyword alone
   * or followed by something that starts like a folio ("Estado de México" is a place, not a command).
   * While a place is asked, "Baja" alone is a place (Baja California), not a STOP.
   */
  static Optional<Command> command(String text, boolean askingPlace) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    Keyword keyword = KEYWORDS.get(words.get(0));
    if (keyword == null) {
      return Optional.empty();
    }
    if (keyword.kind() == CommandKind.STATUS) {
      if (words.size() > 1 && !words.get(1).startsWith("mae")) {
        return Optional.empty();
      }
      return Optional.of(status(text, keyword.language()));
    }
    if (words.size() > 1 || (askingPlace && words.get(0).equals("baja"))) {
      return Optional.empty();
    }
    return Optional.of(new Command(keyword.kind(), keyword.language(), null, null));
  }

  private static Command status(String text, Language language) {
    String rest = fold(text).toUpperCase(Locale.ROOT).replaceFirst("^\\P{L}*\\p{L}+", "").strip();
    Matcher m = STATUS_ARGUMENTS.matcher(rest);
    if (m.matches()) {
      String code = m.group(3).replaceAll("[\\s-]", "");
      if (code.length() == 12) {
        String folio = "MAE-" + m.group(1) + "-" + m.group(2);
        String grouped = code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
        return new Command(CommandKind.STATUS, language, folio, grouped);
      }
    }
    return new Command(CommandKind.STATUS, language, null, null);
  }

  /** The language of a first message that opens with a greeting or a command word of one language. */
  static Optional<Language> openingLanguage(String text) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    if (text.strip().toLowerCase(Locale.ROOT).startsWith("olá")) {
      return Optional.of(Language.PT);
    }
    Keyword keyword = KEYWORDS.get(words.get(0));
    return keyword != null ? Optional.of(keyword.language()) : Optional.ofNullable(GREETINGS.get(words.get(0)));
  }

  /** Whether a message says nothing but hello (at most three words, the first a greeting or command). */
  static boolean greetingOnly(String text) {
    List<String> words = words(text);
    return words.isEmpty() || (words.size() <= 3 && openingLanguage(text).isPresent());
  }

  /** The answer to the language menu: its number, the language's name, or a greeting in it. */
  static Optional<Language> languageChoice(String text) {
    Language named = LANGUAGE_NAMES.get(normalise(text));
    return named != null ? Optional.of(named) : openingLanguage(text);
  }

  /** "skip", "no sé", "I don't know", "je ne sais pas", "não sei"…: the answer is unknown. */
  static boolean isSkip(String text) {
    String normalised = normalise(text);
    return SKIPS.contains(normalised) || text.strip().equals("?") || text.strip().equals("-");
  }

  /** A message with no words (an emoji, dots) or only thanks. */
  static boolean isCourtesy(String text) {
    String normalised = normalise(text);
    return normalised.isEmpty() || COURTESIES.contains(normalised);
  }

  /** Yes or no, read from the first word; empty when it is neither. */
  static Optional<Boolean> yesNo(String text) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    if (YES.contains(words.get(0))) {
      return Optional.of(true);
    }
    return NO.contains(words.get(0)) ? Optional.of(false) : Optional.empty();
  }
}
