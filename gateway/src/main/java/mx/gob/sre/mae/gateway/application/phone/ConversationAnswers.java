package mx.gob.sre.mae.gateway.application.phone;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.gob.sre.mae.gateway.application.phone.ConversationState.Step;

/**
 * What a family has answered so far in a text conversation: each answer exactly as written (the
 * report carries it word for word) and, beside it, what could be read from it as coded data. A
 * question is "asked" once it has an answer, "known" when that answer is not "I don't know".
 *
 * @param opening what the first messages said besides a greeting (often the whole story), or null
 * @param raw the text of each answered question, by step
 * @param unknown the questions answered "I don't know" (or twice not understood)
 * @param approximateAge from the AGE answer, 0–120
 * @param dateOfBirth from the AGE answer, instead of an age
 * @param stateCode the MX_STATE code the PLACE answer names (MX-VER)
 * @param lastSeenDate the date the WHEN answer gives
 * @param relationshipCode the RELATIONSHIP code of the reporter
 * @param callbackAllowed whether the consulate may call this number back
 */
public record ConversationAnswers(
    String opening,
    Map<Step, String> raw,
    Set<Step> unknown,
    Integer approximateAge,
    LocalDate dateOfBirth,
    String stateCode,
    LocalDate lastSeenDate,
    String relationshipCode,
    Boolean callbackAllowed) {

  /** Nothing answered yet. */
  public static final ConversationAnswers NONE =
      new ConversationAnswers(null, Map.of(), Set.of(), null, null, null, null, null, null);

  /** A missing person's name in the parts of the national register; surnames may be null. */
  public record PersonName(String givenNames, String firstSurname, String secondSurname) {}

  public ConversationAnswers {
    raw = raw.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(raw));
    unknown = unknown.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(unknown));
  }

  /** The answer to {@code question} as written, or null when it has none. */
  public String raw(Step question) {
    return raw.get(question);
  }

  public boolean asked(Step question) {
    return raw.containsKey(question);
  }

  public boolean known(Step question) {
    return asked(question) && !unknown.contains(question);
  }

  /** The missing person's name as written, or null. */
  public String name() {
    return known(Step.NAME) ? raw(Step.NAME) : null;
  }

  /** The name split into given names and surnames (last two words surnames from three words up). */
  public PersonName personName() {
    return name() == null ? new PersonName(null, null, null) : AnswerReader.personName(name());
  }

  /** The minimum a case needs: a name, and where or when the person was last seen. */
  public boolean hasMinimum() {
    return known(Step.NAME) && (known(Step.PLACE) || known(Step.WHEN));
  }

  /** The first question without an answer, in the order they are asked. */
  public Optional<Step> nextQuestion() {
    return Step.QUESTIONS.stream().filter(q -> !asked(q)).findFirst();
  }

  ConversationAnswers withOpening(String text) {
    String joined = opening == null ? text : opening + "\n" + text;
    return new ConversationAnswers(joined, raw, unknown, approximateAge, dateOfBirth, stateCode, lastSeenDate,
        relationshipCode, callbackAllowed);
  }

  /** {@code text} answers {@code question}; its coded value is set with the matching {@code with…}. */
  ConversationAnswers answered(Step question, String text) {
    Map<Step, String> answers = new EnumMap<>(Step.class);
    answers.putAll(raw);
    answers.put(question, text);
    return new ConversationAnswers(opening, answers, without(unknown, question), approximateAge, dateOfBirth, stateCode,
        lastSeenDate, relationshipCode, callbackAllowed);
  }

  /** {@code text} ("no sé") answers {@code question}: the answer is unknown. */
  ConversationAnswers unknownAnswer(Step question, String text) {
    ConversationAnswers answered = answered(question, text);
    Set<Step> unknowns = EnumSet.of(question);
    unknowns.addAll(unknown);
    return new ConversationAnswers(opening, answered.raw, unknowns, approximateAge, dateOfBirth, stateCode,
        lastSeenDate, relationshipCode, callbackAllowed);
  }

  /** As if the (unknown) answer to {@code question} had never been given, so it is asked again. */
  ConversationAnswers forget(Step question) {
    Map<Step, String> answers = new EnumMap<>(Step.class);
    answers.putAll(raw);
    answers.remove(question);
    return new ConversationAnswers(opening, answers, without(unknown, question), approximateAge, dateOfBirth, stateCode,
        lastSeenDate, relationshipCode, callbackAllowed);
  }

  ConversationAnswers withAge(Integer age, LocalDate birth) {
    return new ConversationAnswers(opening, raw, unknown, age, birth, stateCode, lastSeenDate, relationshipCode,
        callbackAllowed);
  }

  ConversationAnswers withStateCode(String code) {
    return new ConversationAnswers(opening, raw, unknown, approximateAge, dateOfBirth, code, lastSeenDate,
        relationshipCode, callbackAllowed);
  }

  ConversationAnswers withLastSeenDate(LocalDate date) {
    return new ConversationAnswers(opening, raw, unknown, approximateAge, dateOfBirth, stateCode, date,
        relationshipCode, callbackAllowed);
  }

  ConversationAnswers withRelationshipCode(String code) {
    return new ConversationAnswers(opening, raw, unknown, approximateAge, dateOfBirth, stateCode, lastSeenDate, code,
        callbackAllowed);
  }

  ConversationAnswers withCallbackAllowed(Boolean allowed) {
    return new ConversationAnswers(opening, raw, unknown, approximateAge, dateOfBirth, stateCode, lastSeenDate,
        relationshipCode, allowed);
  }

  private static Set<Step> without(Set<Step> steps, Step step) {
    Set<Step> rest = EnumSet.noneOf(Step.class);
    rest.addAll(steps);
    rest.remove(step);
    return rest;
  }
}
