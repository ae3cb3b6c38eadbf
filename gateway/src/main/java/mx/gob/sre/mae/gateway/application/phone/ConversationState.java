package mx.gob.sre.mae.gateway.application.phone;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.gob.sre.mae.i18n.Language;

/**
 * Where a text conversation with one phone number stands. Families answer over hours, between
 * shifts and across dropped sessions, so everything the engine needs to carry on lives here and
 * nowhere else: the integrator stores it between messages ({@link #toMap()} / {@link #fromMap(Map)}),
 * in a JSON column or as key/value rows, and hands it back with the next message.
 *
 * @param language the conversation's language, null until known
 * @param step what the conversation waits for
 * @param answers what the family has answered
 * @param createdAt when the first message of this report arrived
 * @param lastInboundAt when the latest message arrived (the timeout counts from it)
 * @param folio the case's folio once the integrator has created it ({@link #withFolio(String)}), else null
 * @param optedOut the number sent STOP: nothing but the STOP confirmation may be sent to it
 * @param retries how many answers to the current step could not be read
 * @param placeAskedAgain the place was asked a second time because neither place nor date was known
 */
public record ConversationState(
    Language language,
    Step step,
    ConversationAnswers answers,
    Instant createdAt,
    Instant lastInboundAt,
    String folio,
    boolean optedOut,
    int retries,
    boolean placeAskedAgain) {

  /** What the conversation waits for. */
  public enum Step {
    /** No message yet (or only commands). */
    NEW,
    /** The language menu was sent. */
    LANGUAGE,
    NAME,
    AGE,
    PLACE,
    WHEN,
    RELATIONSHIP,
    CALLBACK,
    /** The case was (or is being) created: further text is additional information for it. */
    REPORTED,
    /** Timed out with nothing worth a case; the next message starts afresh. */
    CLOSED;

    /** The questions, in the order they are asked. */
    public static final List<Step> QUESTIONS = List.of(NAME, AGE, PLACE, WHEN, RELATIONSHIP, CALLBACK);

    public boolean isQuestion() {
      return QUESTIONS.contains(this);
    }
  }

  private static final String VERSION = "1";

  public ConversationState {
    step = step == null ? Step.NEW : step;
    answers = answers == null ? ConversationAnswers.NONE : answers;
  }

  /** A conversation with a number that has not written before. */
  public static ConversationState start(Instant now) {
    return new ConversationState(null, Step.NEW, ConversationAnswers.NONE, now, now, null, false, 0, false);
  }

  /** The integrator records the folio of the case it created on a CREATE_CASE turn. */
  public ConversationState withFolio(String caseFolio) {
    return new ConversationState(language, step, answers, createdAt, lastInboundAt, caseFolio, optedOut, retries,
        placeAskedAgain);
  }

  /** Whether a question (or the language menu) waits for an answer: the timeout applies. */
  public boolean inProgress() {
    return step == Step.LANGUAGE || step.isQuestion();
  }

  ConversationState at(Step next) {
    return new ConversationState(language, next, answers, createdAt, lastInboundAt, folio, optedOut, 0, placeAskedAgain);
  }

  ConversationState retried() {
    return new ConversationState(language, step, answers, createdAt, lastInboundAt, folio, optedOut, retries + 1,
        placeAskedAgain);
  }

  ConversationState withLanguage(Language chosen) {
    return new ConversationState(chosen, step, answers, createdAt, lastInboundAt, folio, optedOut, retries,
        placeAskedAgain);
  }

  ConversationState withAnswers(ConversationAnswers next) {
    return new ConversationState(language, step, next, createdAt, lastInboundAt, folio, optedOut, retries,
        placeAskedAgain);
  }

  ConversationState withOptedOut(boolean out) {
    return new ConversationState(language, step, answers, createdAt, lastInboundAt, folio, out, retries, placeAskedAgain);
  }

  ConversationState withPlaceAskedAgain() {
    return new ConversationState(language, step, answers, createdAt, lastInboundAt, folio, optedOut, retries, true);
  }

  ConversationState receivedAt(Instant now) {
    return new ConversationState(language, step, answers, createdAt, now, folio, optedOut, retries, placeAskedAgain);
  }

  /** A new report from the same number: its language and STOP choice carry over, nothing else. */
  ConversationState restart(Instant now) {
    return new ConversationState(language, Step.NEW, ConversationAnswers.NONE, now, now, null, optedOut, 0, false);
  }

  /**
   * The state as flat text properties (absent values left out), for the integrator to store as it
   * likes; {@link #fromMap(Map)} reads it back. Keys: version, language, step, createdAt,
   * lastInboundAt, folio, optedOut, retries, placeAskedAgain, opening, answer.STEP for each answered
   * question, unknown (steps, comma-separated), approximateAge, dateOfBirth, stateCode, lastSeenDate,
   * relationshipCode, callbackAllowed. Instants and dates are ISO-8601.
   */
  public Map<String, String> toMap() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("version", VERSION);
    put(map, "language", language == null ? null : language.tag());
    put(map, "step", step.name());
    put(map, "createdAt", createdAt);
    put(map, "lastInboundAt", lastInboundAt);
    put(map, "folio", folio);
    put(map, "optedOut", optedOut);
    put(map, "retries", retries);
    put(map, "placeAskedAgain", placeAskedAgain);
    put(map, "opening", answers.opening());
    answers.raw().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> map.put("answer." + e.getKey().name(), e.getValue()));
    if (!answers.unknown().isEmpty()) {
      map.put("unknown", EnumSet.copyOf(answers.unknown()).stream().map(Step::name).collect(Collectors.joining(",")));
    }
    put(map, "approximateAge", answers.approximateAge());
    put(map, "dateOfBirth", answers.dateOfBirth());
    put(map, "stateCode", answers.stateCode());
    put(map, "lastSeenDate", answers.lastSeenDate());
    put(map, "relationshipCode", answers.relationshipCode());
    put(map, "callbackAllowed", answers.callbackAllowed());
    return map;
  }

  /** The state {@link #toMap()} wrote. */
  public static ConversationState fromMap(Map<String, String> map) {
    Map<Step, String> raw = new EnumMap<>(Step.class);
    for (Step question : Step.QUESTIONS) {
      String text = map.get("answer." + question.name());
      if (text != null) {
        raw.put(question, text);
      }
    }
    String unknownList = map.get("unknown");
    Set<Step> unknown = unknownList == null || unknownList.isBlank()
        ? Set.of()
        : Arrays.stream(unknownList.split(",")).map(String::strip).map(Step::valueOf).collect(Collectors.toSet());
    ConversationAnswers answers = new ConversationAnswers(
        map.get("opening"), raw, unknown,
        read(map, "approximateAge", Integer::valueOf),
        read(map, "dateOfBirth", LocalDate::parse),
        map.get("stateCode"),
        read(map, "lastSeenDate", LocalDate::parse),
        map.get("relationshipCode"),
        read(map, "callbackAllowed", Boolean::valueOf));
    return new ConversationState(
        read(map, "language", tag -> Language.fromTag(tag).orElse(null)),
        read(map, "step", Step::valueOf),
        answers,
        read(map, "createdAt", Instant::parse),
        read(map, "lastInboundAt", Instant::parse),
        map.get("folio"),
        Boolean.parseBoolean(map.get("optedOut")),
        map.containsKey("retries") ? Integer.parseInt(map.get("retries")) : 0,
        Boolean.parseBoolean(map.get("placeAskedAgain")));
  }

  private static void put(Map<String, String> map, String key, Object value) {
    if (value != null) {
      map.put(key, value.toString());
    }
  }

  private static <T> T read(Map<String, String> map, String key, Function<String, T> parse) {
    String value = map.get(key);
    return value == null || value.isBlank() ? null : parse.apply(value);
  }
}
