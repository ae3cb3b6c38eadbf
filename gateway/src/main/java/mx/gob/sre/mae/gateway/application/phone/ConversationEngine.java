package mx.gob.sre.mae.gateway.application.phone;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import mx.gob.sre.mae.gateway.application.phone.ConversationState.Step;
import mx.gob.sre.mae.gateway.application.phone.ConversationText.Command;
import mx.gob.sre.mae.gateway.application.phone.ConversationText.CommandKind;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;

/**
 * The text conversation by which a family abroad reports, by SMS or WhatsApp, a person who
 * disappeared in Mexico. A report must never wait for completeness (the search is immediate), and
 * every text segment costs the family money: so the engine asks only the essentials, one short
 * question at a time, accepts "I don't know" to any of them, and asks for the case to be created as
 * soon as the essentials are in, or, if the family stops answering, with what it has.
 *
 * <p>Pure and deterministic: a state and a message (or the clock, for {@link #onTimeout}) go in, the
 * next state, the reply and what the integrator must do come out. No provider, container or storage
 * type: the integrator persists the state and carries out the {@link Action}.
 */
public final class ConversationEngine {

  /** How long a conversation may wait for an answer before what it has becomes a preliminary case. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofHours(2);

  /** What the integrator does besides sending {@link Turn#reply()} (when not null). */
  public enum Action {
    /** Nothing. */
    NONE,
    /**
     * File {@link ConversationReport#toCommand} of {@link Turn#next()} (preliminary when {@link
     * Turn#preliminary()}), store {@code next.withFolio(folio)}, and queue the acknowledgement (folio,
     * access code) through the family outbox, which does not write to a number that opted out (a case is still created after STOP: the report is never lost).
     */
    CREATE_CASE,
    /** Add {@link Turn#text()} to the case {@link Turn#folio()} as information from the family. */
    APPEND,
    /**
     * Look up {@link Turn#folio()} with {@link Turn#accessCode()}; answer with {@link #statusReply}
     * or, for a wrong folio or code alike, {@link #statusNotFound}.
     */
    STATUS_QUERY,
    /** The number sent STOP: record it; send it nothing more until START. */
    OPT_OUT,
    /** The number sent START: it may be written to again. */
    OPT_IN
  }

  /**
   * The outcome of one message or timeout.
   *
   * @param next the state to store
   * @param reply the text to send back, or null to send nothing
   * @param action what the integrator must do
   * @param language the language of any text the integrator writes (acknowledgement, status)
   * @param preliminary for CREATE_CASE: the essentials are not all there (timeout, or no place nor date)
   * @param folio for APPEND and STATUS_QUERY
   * @param accessCode for STATUS_QUERY, as {@code ABCD-EFGH-JKMN}
   * @param text for APPEND, the message as received
   */
  public record Turn(
      ConversationState next,
      String reply,
      Action action,
      Language language,
      boolean preliminary,
      String folio,
      String accessCode,
      String text) {

    public Turn {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(language, "language");
    }
  }

  private final Duration timeout;

  public ConversationEngine() {
    this(DEFAULT_TIMEOUT);
  }

  public ConversationEngine(Duration timeout) {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("The timeout must be positive: " + timeout);
    }
    this.timeout = timeout;
  }

  public Duration timeout() {
    return timeout;
  }

  /**
   * One message from the family.
   *
   * @param state the stored state of this number, or null when it has none
   * @param inboundText the message's text (null or blank for a message with only media)
   */
  public Turn handle(ConversationState state, String inboundText, Instant now) {
    ConversationState s = (state == null ? ConversationState.start(now) : state).receivedAt(now);
    String text = inboundText == null ? "" : inboundText.strip();
    Optional<Command> command = ConversationText.command(text, s.step() == Step.PLACE);
    if (s.optedOut()) {
      return whileOptedOut(s, command, text);
    }
    if (command.isPresent()) {
      return command(s, command.get());
    }
    return switch (s.step()) {
      case NEW -> open(s, text);
      case CLOSED -> open(s.restart(now), text);
      case LANGUAGE -> chooseLanguage(s, text);
      case REPORTED -> append(s, text);
      default -> answer(s, text, LocalDate.ofInstant(now, ZoneOffset.UTC));
    };
  }

  /**
   * Called by the integrator's scheduler for a conversation whose {@link #dueAt} has passed. With at
   * least a name, the report is never lost: CREATE_CASE (preliminary) with what was gathered, and no
   * reply. With nothing worth a case, the conversation closes silently. Otherwise nothing happens.
   */
  public Turn onTimeout(ConversationState state, Instant now) {
    Optional<Instant> due = dueAt(state);
    if (due.isEmpty() || !now.isAfter(due.get())) {
      return state == null
          ? new Turn(null, null, Action.NONE, Language.DEFAULT, false, null, null, null)
          : silent(state, Action.NONE);
    }
    if (state.answers().known(Step.NAME)) {
      return createCase(state, true);
    }
    return silent(state.at(Step.CLOSED), Action.NONE);
  }

  /** When {@link #onTimeout} acts on this state if no message comes first; empty when it never will. */
  public Optional<Instant> dueAt(ConversationState state) {
    if (state == null || !(state.inProgress() || state.step() == Step.NEW)) {
      return Optional.empty();
    }
    return Optional.of(state.lastInboundAt().plus(timeout));
  }

  /** The answer to a STATUS query that matched a case. */
  public static String statusReply(Language language, String folio, String statusLabel, LocalDate updated) {
    return Messages.text(language, "sms.status", folio, statusLabel, updated.toString());
  }

  /** The answer to a STATUS query that matched nothing: the same whether the folio or the code is wrong. */
  public static String statusNotFound(Language language) {
    return Messages.text(language, "status.notFound");
  }

  // ---------------------------------------------------------------- commands

  private Turn whileOptedOut(ConversationState s, Optional<Command> command, String text) {
    if (command.isPresent() && command.get().kind() == CommandKind.START) {
      return command(s, command.get());
    }
    if (command.isPresent() && command.get().kind() == CommandKind.STOP) {
      return silent(s, Action.OPT_OUT);
    }
    if (s.step() == Step.REPORTED && !ConversationText.isCourtesy(text) && command.isEmpty()) {
      return new Turn(s, null, Action.APPEND, language(s), false, s.folio(), null, text);
    }
    return silent(s, Action.NONE);
  }

  private Turn command(ConversationState state, Command command) {
    ConversationState s = state.language() == null ? state.withLanguage(command.language()) : state;
    Language language = s.language();
    return switch (command.kind()) {
      case HELP -> reply(s, join(text(language, "sms.intro"), text(language, "sms.commands")));
      case STATUS -> command.malformedStatus()
          ? reply(s, text(language, "sms.statusUsage"))
          : new Turn(s, null, Action.STATUS_QUERY, language, false, command.folio(), command.accessCode(), null);
      case STOP -> new Turn(s.withOptedOut(true), text(language, "sms.optOut"), Action.OPT_OUT, language, false, null, null,
          null);
      case START -> optIn(s);
      case NEW -> {
        boolean first = s.step() == Step.NEW || s.step() == Step.CLOSED;
        ConversationState fresh = s.restart(s.lastInboundAt()).at(Step.NAME);
        yield first ? begin(fresh) : reply(fresh, join(text(language, "sms.newReport"), prompt(language, Step.NAME)));
      }
    };
  }

  private Turn optIn(ConversationState state) {
    ConversationState s = state.withOptedOut(false);
    String welcomeBack = state.optedOut() ? text(s.language(), "sms.optIn") : null;
    Turn resumed = switch (s.step()) {
      case NEW, CLOSED -> begin(s.step() == Step.CLOSED ? s.restart(s.lastInboundAt()) : s);
      case REPORTED -> reply(s, null);
      default -> reply(s, prompt(s.language(), s.step()));
    };
    String reply = join(welcomeBack, resumed.reply());
    return new Turn(resumed.next(), reply.isEmpty() ? null : reply, Action.OPT_IN, s.language(), false, null, null, null);
  }

  // ---------------------------------------------------------------- the conversation

  /** A first message: its language if a greeting or command word tells it, else the language menu. */
  private Turn open(ConversationState s, String text) {
    ConversationState next = ConversationText.greetingOnly(text) ? s : s.withAnswers(s.answers().withOpening(text));
    Language language = ConversationText.openingLanguage(text).orElse(s.language());
    if (language == null) {
      return reply(next.at(Step.LANGUAGE), text(Language.DEFAULT, "sms.languageMenu"));
    }
    return begin(next.withLanguage(language));
  }

  /** The menu is sent once more if its answer cannot be read; after that, Spanish. */
  private Turn chooseLanguage(ConversationState s, String text) {
    Optional<Language> chosen = ConversationText.languageChoice(text);
    if (chosen.isPresent()) {
      return begin(s.withLanguage(chosen.get()));
    }
    ConversationState next = text.isEmpty() ? s : s.withAnswers(s.answers().withOpening(text));
    if (s.retries() == 0) {
      return reply(next.retried(), text(Language.DEFAULT, "sms.languageMenu"));
    }
    return begin(next.withLanguage(language(s)));
  }

  /** Says what this number is, that 911 is for emergencies, how to skip, and asks the name. */
  private Turn begin(ConversationState s) {
    Language language = language(s);
    return reply(s.at(Step.NAME),
        join(text(language, "sms.intro"), text(language, "sms.skipHint"), prompt(language, Step.NAME)));
  }

  private Turn answer(ConversationState s, String text, LocalDate today) {
    Step question = s.step();
    Language language = language(s);
    boolean skip = ConversationText.isSkip(text);
    boolean noWords = ConversationText.normalise(text).isEmpty() && !skip;
    if (noWords || (question == Step.NAME && ConversationText.greetingOnly(text))) {
      return reply(s, prompt(language, question));
    }
    ConversationAnswers a = s.answers();
    if (skip) {
      return question == Step.NAME
          ? reply(s, join(text(language, "sms.needName"), prompt(language, Step.NAME)))
          : advance(s.withAnswers(a.unknownAnswer(question, text)));
    }
    switch (question) {
      case NAME -> a = a.answered(Step.NAME, text);
      case AGE -> {
        Optional<AnswerReader.Age> age = AnswerReader.age(text, today);
        if (age.isEmpty()) {
          return notUnderstood(s, text);
        }
        a = a.answered(Step.AGE, text).withAge(age.get().approximateAge(), age.get().dateOfBirth());
      }
      case PLACE -> a = a.answered(Step.PLACE, text).withStateCode(AnswerReader.state(text).orElse(null));
      case WHEN -> a = a.answered(Step.WHEN, text)
          .withLastSeenDate(AnswerReader.date(text, today, today.plusDays(1)).orElse(null));
      case RELATIONSHIP -> a = a.answered(Step.RELATIONSHIP, text).withRelationshipCode(AnswerReader.relationship(text));
      case CALLBACK -> {
        Optional<Boolean> yes = ConversationText.yesNo(text);
        if (yes.isEmpty()) {
          return notUnderstood(s, text);
        }
        a = a.answered(Step.CALLBACK, text).withCallbackAllowed(yes.get());
      }
      default -> throw new IllegalStateException("Not a question: " + question);
    }
    return advance(s.withAnswers(a));
  }

  /** An answer that cannot be read is asked for once more; the second time it is kept as unknown. */
  private Turn notUnderstood(ConversationState s, String text) {
    if (s.retries() > 0) {
      return advance(s.withAnswers(s.answers().unknownAnswer(s.step(), text)));
    }
    Language language = language(s);
    return reply(s.retried(),
        join(text(language, "sms.notUnderstood"), prompt(language, s.step()), text(language, "sms.skipHint")));
  }

  /**
   * The next question, or the case. Neither place nor date known: the place is asked once more,
   * saying why; a search needs at least one of them.
   */
  private Turn advance(ConversationState s) {
    ConversationAnswers a = s.answers();
    Language language = language(s);
    if (a.asked(Step.PLACE) && a.asked(Step.WHEN) && !a.known(Step.PLACE) && !a.known(Step.WHEN) && !s.placeAskedAgain()) {
      return reply(s.withAnswers(a.forget(Step.PLACE)).withPlaceAskedAgain().at(Step.PLACE),
          join(text(language, "sms.needPlaceOrDate"), prompt(language, Step.PLACE)));
    }
    Optional<Step> next = a.nextQuestion();
    if (next.isPresent()) {
      return reply(s.at(next.get()), prompt(language, next.get()));
    }
    return createCase(s, !a.hasMinimum());
  }

  private Turn createCase(ConversationState s, boolean preliminary) {
    return new Turn(s.at(Step.REPORTED), null, Action.CREATE_CASE, language(s), preliminary, null, null, null);
  }

  /** After the case: whatever the family writes is more information for it, until NEW; thanks need no answer. */
  private Turn append(ConversationState s, String text) {
    if (ConversationText.isCourtesy(text)) {
      return silent(s, Action.NONE);
    }
    Language language = language(s);
    return new Turn(s, text(language, "sms.appended"), Action.APPEND, language, false, s.folio(), null, text);
  }

  // ---------------------------------------------------------------- texts

  private static Turn reply(ConversationState next, String reply) {
    return new Turn(next, reply, Action.NONE, language(next), false, null, null, null);
  }

  private static Turn silent(ConversationState next, Action action) {
    return new Turn(next, null, action, language(next), false, null, null, null);
  }

  private static Language language(ConversationState s) {
    return s.language() == null ? Language.DEFAULT : s.language();
  }

  private static String prompt(Language language, Step question) {
    return text(language, "sms.ask." + question.name().toLowerCase(Locale.ROOT));
  }

  private static String text(Language language, String key) {
    return Messages.text(language == null ? Language.DEFAULT : language, key);
  }

  private static String join(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isEmpty()) {
        sb.append(sb.isEmpty() ? "" : " ").append(part);
      }
    }
    return sb.toString();
  }
}
