package mx.gob.sre.mae.gateway.application.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Enumeration;
import java.util.ResourceBundle;
import mx.gob.sre.mae.gateway.application.phone.ConversationEngine.Action;
import mx.gob.sre.mae.gateway.application.phone.ConversationEngine.Turn;
import mx.gob.sre.mae.gateway.application.phone.ConversationState.Step;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The conversation's behaviour, message by message: languages, questions, commands, STOP, time. */
class ConversationEngineTest {

  /** One SMS is 160 GSM characters or 70 with accents; a prompt may take a few segments, not more. */
  private static final int MAX_REPLY = 300;

  private final ConversationDriver phone = new ConversationDriver();

  private static String text(Language language, String key, Object... args) {
    return Messages.text(language, key, args);
  }

  private static String ask(Language language, Step question) {
    return text(language, "sms.ask." + question.name().toLowerCase(java.util.Locale.ROOT));
  }

  // ---------------------------------------------------------------- opening and language

  @ParameterizedTest
  @CsvSource({"hola,ES", "Buenas tardes,ES", "Hello,EN", "hi there,EN", "Bonjour,FR", "Salut !,FR", "Olá,PT", "oi,PT",
      "Bom dia,PT"})
  void aGreetingTellsTheLanguageAndTheNameIsAskedAtOnce(String greeting, Language language) {
    Turn turn = phone.send(greeting);

    assertEquals(language, turn.next().language());
    assertEquals(Step.NAME, turn.next().step());
    assertEquals(Action.NONE, turn.action());
    assertTrue(turn.reply().startsWith(text(language, "sms.intro")), turn.reply());
    assertTrue(turn.reply().contains("911"), turn.reply());
    assertTrue(turn.reply().endsWith(ask(language, Step.NAME)), turn.reply());
    assertNull(turn.next().answers().opening(), "a greeting alone is not kept");
  }

  @Test
  void anUnclearFirstMessageGetsTheLanguageMenuAndIsKept() {
    Turn menu = phone.send("Mi hijo desapareció en Chiapas hace tres días");

    assertEquals(Step.LANGUAGE, menu.next().step());
    assertNull(menu.next().language());
    for (String choice : new String[] {"1 Español", "2 English", "3 Français", "4 Português"}) {
      assertTrue(menu.reply().contains(choice), menu.reply());
    }
    assertEquals("Mi hijo desapareció en Chiapas hace tres días", menu.next().answers().opening());

    Turn chosen = phone.send("3");
    assertEquals(Language.FR, chosen.next().language());
    assertEquals(Step.NAME, chosen.next().step());
    assertTrue(chosen.reply().endsWith(ask(Language.FR, Step.NAME)));
  }

  @ParameterizedTest
  @CsvSource({"English,EN", "portugues,PT", "FRANÇAIS,FR", "es,ES", "hello,EN"})
  void theMenuAcceptsNamesOfLanguagesAndGreetings(String answer, Language language) {
    phone.send("???");
    assertEquals(language, phone.send(answer).next().language());
  }

  @Test
  void aMenuAnswerThatCannotBeReadTwiceMeansSpanish() {
    phone.send("asdf");
    Turn again = phone.send("xyz");
    assertEquals(Step.LANGUAGE, again.next().step());
    assertEquals(text(Language.ES, "sms.languageMenu"), again.reply());

    Turn spanish = phone.send("qwerty");
    assertEquals(Language.ES, spanish.next().language());
    assertEquals(Step.NAME, spanish.next().step());
    assertEquals("asdf\nxyz\nqwerty", spanish.next().answers().opening());
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyTextFitsInAFewSegments(Language language) {
    ResourceBundle bundle = Messages.bundle(language.locale());
    for (Enumeration<String> keys = bundle.getKeys(); keys.hasMoreElements(); ) {
      String key = keys.nextElement();
      if (key.startsWith("sms.") && !key.startsWith("sms.transcript") && !key.startsWith("sms.label")) {
        String pattern = bundle.getString(key);
        String reply = pattern.contains("{")
            ? Messages.text(language, key, "MAE-2026-000123", "ABCD-EFGH-JKMN", "https://mae.sre.gob.mx/status")
            : pattern;
        assertTrue(reply.length() <= MAX_REPLY, key + " in " + language + " has " + reply.length() + " characters");
      }
    }
    phone.send("???");
    Turn first = phone.send(String.valueOf(language.ordinal() + 1));
    assertEquals(language, first.language());
    assertTrue(first.reply().length() <= MAX_REPLY, first.reply().length() + ": " + first.reply());
    phone.send("Juan Pérez");
    Turn retry = phone.send("lots");
    assertTrue(retry.reply().length() <= MAX_REPLY, retry.reply().length() + ": " + retry.reply());
  }

  // ---------------------------------------------------------------- answers

  @ParameterizedTest
  @CsvSource({"hola,no sé", "hola,NO SE", "hello,I don't know", "hello,skip", "bonjour,Je ne sais pas", "olá,Não sei",
      "olá,nao sei"})
  void anyQuestionButTheNameMayBeAnsweredIDontKnow(String greeting, String dontKnow) {
    phone.sendAll(greeting, "Juan Pérez");
    for (Step question : new Step[] {Step.AGE, Step.PLACE}) {
      assertEquals(question, phone.state.step());
      phone.send(dontKnow);
      assertTrue(phone.state.answers().asked(question));
      assertFalse(phone.state.answers().known(question));
      assertEquals(dontKnow, phone.state.answers().raw(question));
    }
    Turn afterDate = phone.send("15/03/2026");
    assertEquals(Step.RELATIONSHIP, afterDate.next().step());
    phone.sendAll(dontKnow);
    Turn done = phone.send(dontKnow);

    assertEquals(Action.CREATE_CASE, done.action());
    assertNull(done.reply(), "the acknowledgement is the integrator's, once the case exists");
    assertFalse(done.preliminary(), "a name and a date are the minimum");
    assertEquals(Step.REPORTED, done.next().step());
    assertEquals(LocalDate.of(2026, 3, 15), done.next().answers().lastSeenDate());
    assertNull(done.next().answers().relationshipCode());
  }

  @Test
  void theNameCannotBeSkipped() {
    phone.send("hola");
    Turn turn = phone.send("no sé");

    assertEquals(Step.NAME, turn.next().step());
    assertFalse(turn.next().answers().asked(Step.NAME));
    assertTrue(turn.reply().startsWith(text(Language.ES, "sms.needName")), turn.reply());
    assertTrue(turn.reply().endsWith(ask(Language.ES, Step.NAME)));
  }

  @Test
  void anAgeThatCannotBeReadIsAskedOnceMoreThenKeptAsUnknown() {
    phone.sendAll("hello", "John Smith");

    Turn retry = phone.send("lots");
    assertEquals(Step.AGE, retry.next().step());
    assertTrue(retry.reply().startsWith(text(Language.EN, "sms.notUnderstood")), retry.reply());
    assertTrue(retry.reply().contains(ask(Language.EN, Step.AGE)));
    assertFalse(retry.next().answers().asked(Step.AGE));

    Turn accepted = phone.send("between twenty and thirty");
    assertEquals(Step.PLACE, accepted.next().step());
    assertEquals(ask(Language.EN, Step.PLACE), accepted.reply());
    assertEquals("between twenty and thirty", accepted.next().answers().raw(Step.AGE));
    assertFalse(accepted.next().answers().known(Step.AGE));
    assertEquals(0, accepted.next().retries());
  }

  @Test
  void anAgeReadOnTheSecondTryCounts() {
    phone.sendAll("hola", "Juan Pérez", "muchos");
    Turn turn = phone.send("tiene 23 años");
    assertEquals(23, turn.next().answers().approximateAge());
    assertTrue(turn.next().answers().known(Step.AGE));
  }

  @Test
  void aYesOrNoThatCannotBeReadIsAskedOnceMoreThenKeptAsUnknown() {
    phone.sendAll("hola", "Juan Pérez", "23", "Tapachula", "ayer", "madre");
    assertEquals(Step.CALLBACK, phone.state.step());

    Turn retry = phone.send("tal vez");
    assertEquals(Step.CALLBACK, retry.next().step());
    assertTrue(retry.reply().contains(ask(Language.ES, Step.CALLBACK)));

    Turn done = phone.send("quizás");
    assertEquals(Action.CREATE_CASE, done.action());
    assertNull(done.next().answers().callbackAllowed());
    assertEquals("quizás", done.next().answers().raw(Step.CALLBACK));
    assertEquals("MX-CHP", done.next().answers().stateCode());
    assertNull(done.next().answers().lastSeenDate(), "'ayer' is kept as written, not read as a date");
    assertEquals("ayer", done.next().answers().raw(Step.WHEN));
  }

  @Test
  void withNeitherPlaceNorDateThePlaceIsAskedOnceMore() {
    phone.sendAll("bonjour", "Pedro Gómez", "30 ans", "je ne sais pas");
    Turn again = phone.send("je ne sais pas");

    assertEquals(Step.PLACE, again.next().step());
    assertTrue(again.reply().startsWith(text(Language.FR, "sms.needPlaceOrDate")), again.reply());
    assertTrue(again.reply().endsWith(ask(Language.FR, Step.PLACE)));

    Turn place = phone.send("Oaxaca");
    assertEquals(Step.RELATIONSHIP, place.next().step(), "the date was already answered");
    Turn done = phone.sendAll("2", "oui");
    assertEquals(Action.CREATE_CASE, done.action());
    assertFalse(done.preliminary());
    assertEquals("MX-OAX", done.next().answers().stateCode());
  }

  @Test
  void withNeitherPlaceNorDateAfterAskingTwiceTheCaseIsStillCreatedAsPreliminary() {
    Turn done = phone.sendAll("olá", "Maria Silva", "não sei", "não sei", "não sei", "não sei", "3", "sim");

    assertEquals(Action.CREATE_CASE, done.action());
    assertTrue(done.preliminary());
    assertEquals(Language.PT, done.language());
    assertEquals("SISTER", done.next().answers().relationshipCode());
    assertTrue(done.next().answers().callbackAllowed());
  }

  @Test
  void aMessageWithOnlyMediaRepeatsTheQuestion() {
    phone.sendAll("hola", "Juan Pérez");
    Turn turn = phone.send("");
    assertEquals(ask(Language.ES, Step.AGE), turn.reply());
    assertEquals(Step.AGE, turn.next().step());
    assertEquals(0, turn.next().retries());
  }

  @Test
  void aGreetingOrAnEmojiIsNotAnAnswer() {
    phone.sendAll("hola", "Buenas tardes");
    assertEquals(Step.NAME, phone.state.step());
    assertFalse(phone.state.answers().asked(Step.NAME));
    assertEquals(ask(Language.ES, Step.NAME), phone.last.reply());

    phone.send("Juan Pérez");
    Turn emoji = phone.send("🙏");
    assertEquals(Step.AGE, emoji.next().step());
    assertEquals(ask(Language.ES, Step.AGE), emoji.reply());
  }

  @Test
  void wordsOfCommandsInsideAnswersAreAnswers() {
    phone.sendAll("hola", "Juan Pérez", "23");
    Turn alto = phone.send("Alto Lucero, Veracruz");
    assertEquals(Action.NONE, alto.action());
    assertEquals("MX-VER", alto.next().answers().stateCode());

    ConversationDriver other = new ConversationDriver();
    other.sendAll("hola", "Juan Pérez", "23");
    Turn estado = other.send("Estado de México");
    assertEquals(Action.NONE, estado.action());
    assertEquals("MX-MEX", estado.next().answers().stateCode());

    ConversationDriver baja = new ConversationDriver();
    baja.sendAll("hola", "Juan Pérez", "23");
    Turn place = baja.send("Baja");
    assertEquals(Action.NONE, place.action());
    assertFalse(place.next().optedOut());
    assertEquals("Baja", place.next().answers().raw(Step.PLACE));
  }

  // ---------------------------------------------------------------- commands

  @ParameterizedTest
  @CsvSource({
      "ESTADO MAE-2026-000123 ABCD-EFGH-JKMN,ES",
      "estado mae-2026-000123 abcd-efgh-jkmn,ES",
      "Status MAE2026000123 ABCDEFGHJKMN,EN",
      "STATUT  mae-2026-000123  abcd efgh jkmn,FR",
      "SITUAÇÃO MAE-2026-000123 ABCD-EFGH-JKMN,PT",
      "situacao: MAE 2026 000123 ABCD-EFGH-JKMN,PT"})
  void statusQueriesInEveryLanguage(String message, Language language) {
    Turn turn = phone.send(message);

    assertEquals(Action.STATUS_QUERY, turn.action());
    assertEquals("MAE-2026-000123", turn.folio());
    assertEquals("ABCD-EFGH-JKMN", turn.accessCode());
    assertEquals(language, turn.language());
    assertNull(turn.reply(), "the integrator answers after the lookup");
    assertEquals(Step.NEW, turn.next().step(), "a status query starts no report");
  }

  @ParameterizedTest
  @CsvSource({"ESTADO,NONE,ES,sms.statusUsage", "estado MAE-2026-000123,NONE,ES,sms.statusUsage",
      "STATUS mae-2026-12 ABCD-EFGH-JKMN,NONE,EN,sms.statusUsage", "statut MAE-2026-000123 ABCD,NONE,FR,sms.statusUsage",
      "Situação MAE-2026-000123,NONE,PT,sms.statusUsage", "SITUACAO,NONE,PT,sms.statusUsage",
      "STOP,OPT_OUT,EN,sms.optOut", "alto,OPT_OUT,ES,sms.optOut", "Arrêt,OPT_OUT,FR,sms.optOut", "parar,OPT_OUT,ES,sms.optOut"})
  void aFirstMessageCommandIsAnsweredInTheKeywordsLanguage(String message, Action action, Language language, String key) {
    Turn turn = phone.send(message);

    assertEquals(action, turn.action());
    assertEquals(text(language, key), turn.reply());
  }

  @Test
  void aStatusQueryDoesNotInterruptTheReport() {
    phone.sendAll("hola", "Juan Pérez");
    Turn status = phone.send("status MAE-2025-000042 ABCD-EFGH-JKMN");
    assertEquals(Action.STATUS_QUERY, status.action());
    assertEquals(Language.ES, status.language(), "the conversation's language wins over the keyword's");
    assertEquals(Step.AGE, status.next().step());

    assertEquals(23, phone.send("23").next().answers().approximateAge());
  }

  @ParameterizedTest
  @CsvSource({"AYUDA,ES", "help,EN", "Aide,FR", "ajuda,PT"})
  void helpSaysWhatThisNumberIsAndThatEmergenciesAre911(String keyword, Language language) {
    Turn turn = phone.send(keyword);

    assertEquals(Action.NONE, turn.action());
    assertTrue(turn.reply().contains("911"));
    assertTrue(turn.reply().contains(text(language, "sms.commands")));
    assertEquals(language, turn.next().language());
  }

  @ParameterizedTest
  @CsvSource({"STOP", "stopall", "Unsubscribe", "cancel", "END", "quit", "ALTO", "baja", "Parar", "ARRÊT", "arret"})
  void stopOptsOutWithOneConfirmationThenSilence(String keyword) {
    phone.sendAll("hola", "Juan Pérez");
    Turn stop = phone.send(keyword);

    assertEquals(Action.OPT_OUT, stop.action());
    assertTrue(stop.next().optedOut());
    assertEquals(text(Language.ES, "sms.optOut"), stop.reply(), "in the conversation's language");

    for (String message : new String[] {"23", "hola", "AYUDA", "ESTADO MAE-2026-000123 ABCD-EFGH-JKMN", "NUEVO", keyword}) {
      Turn after = phone.send(message);
      assertNull(after.reply(), message);
      assertNotEquals(Action.STATUS_QUERY, after.action());
      assertNotEquals(Action.CREATE_CASE, after.action());
    }
    assertFalse(phone.state.answers().asked(Step.AGE), "nothing is asked or answered while opted out");
  }

  @ParameterizedTest
  @CsvSource({"START", "unstop", "INICIO", "commencer", "Démarrer", "COMEÇAR", "iniciar"})
  void startOptsBackInAndTheConversationResumes(String keyword) {
    phone.sendAll("hola", "Juan Pérez", "STOP");
    Turn start = phone.send(keyword);

    assertEquals(Action.OPT_IN, start.action());
    assertFalse(start.next().optedOut());
    assertEquals(text(Language.ES, "sms.optIn") + " " + ask(Language.ES, Step.AGE), start.reply());
    assertEquals(23, phone.send("23").next().answers().approximateAge());
    assertEquals(Step.PLACE, phone.state.step());
  }

  @Test
  void stopAsTheVeryFirstMessageThenStartBeginsAReport() {
    phone.send("STOP");
    assertNull(phone.send("hello").reply());
    Turn start = phone.send("START");
    assertEquals(Action.OPT_IN, start.action());
    assertTrue(start.reply().startsWith(text(Language.EN, "sms.optIn")));
    assertTrue(start.reply().endsWith(ask(Language.EN, Step.NAME)));
  }

  @Test
  void afterStopAMessageToAReportedCaseStillReachesItSilently() {
    finishAReport(phone);
    phone.caseCreated("MAE-2026-000777");
    phone.send("STOP");

    Turn more = phone.send("Llevaba una gorra roja");
    assertEquals(Action.APPEND, more.action());
    assertEquals("MAE-2026-000777", more.folio());
    assertNull(more.reply());
  }

  // ---------------------------------------------------------------- after the case

  @Test
  void aMessageAfterTheCaseIsAdditionalInformation() {
    finishAReport(phone);
    phone.caseCreated("MAE-2026-000777");

    Turn more = phone.send("Llevaba una gorra roja y una mochila negra");
    assertEquals(Action.APPEND, more.action());
    assertEquals("MAE-2026-000777", more.folio());
    assertEquals("Llevaba una gorra roja y una mochila negra", more.text());
    assertEquals(text(Language.ES, "sms.appended"), more.reply());
    assertEquals(Step.REPORTED, more.next().step());

    assertEquals(Action.APPEND, phone.send("hola, ¿hay noticias?").action());
    for (String thanks : new String[] {"Gracias", "ok", "Thank you", "merci", "Muito obrigada", "👍"}) {
      Turn turn = phone.send(thanks);
      assertEquals(Action.NONE, turn.action(), thanks);
      assertNull(turn.reply(), thanks);
    }
  }

  @ParameterizedTest
  @CsvSource({"NUEVO", "new", "Nouveau", "novo"})
  void newStartsAnotherReportInTheSameLanguage(String keyword) {
    finishAReport(phone);
    phone.caseCreated("MAE-2026-000777");

    Turn turn = phone.send(keyword);
    assertEquals(Step.NAME, turn.next().step());
    assertEquals(Language.ES, turn.next().language());
    assertNull(turn.next().folio());
    assertEquals(ConversationAnswers.NONE, turn.next().answers());
    assertEquals(text(Language.ES, "sms.newReport") + " " + ask(Language.ES, Step.NAME), turn.reply());

    assertEquals(Step.AGE, phone.send("Rosa Díaz").next().step());
  }

  @Test
  void newAsTheFirstMessageStartsAReport() {
    Turn turn = phone.send("nouveau");
    assertEquals(Language.FR, turn.next().language());
    assertEquals(Step.NAME, turn.next().step());
    assertTrue(turn.reply().startsWith(text(Language.FR, "sms.intro")));
  }

  // ---------------------------------------------------------------- time

  @Test
  void anIdleConversationWithANameBecomesAPreliminaryCase() {
    phone.sendAll("hola", "Juan Pérez", "23");
    phone.wait(Duration.ofHours(2).plusMinutes(1));

    Turn turn = phone.timeout();
    assertEquals(Action.CREATE_CASE, turn.action());
    assertTrue(turn.preliminary());
    assertNull(turn.reply());
    assertEquals(Step.REPORTED, turn.next().step());
    assertEquals("Juan Pérez", turn.next().answers().name());

    phone.caseCreated("MAE-2026-000800");
    Turn late = phone.send("Fue en Tapachula");
    assertEquals(Action.APPEND, late.action());
    assertEquals("MAE-2026-000800", late.folio());
  }

  @Test
  void theTimeoutWaitsForItsTime() {
    phone.sendAll("hola", "Juan Pérez");
    assertEquals(phone.state.lastInboundAt().plus(ConversationEngine.DEFAULT_TIMEOUT), phone.engine.dueAt(phone.state).orElseThrow());

    phone.wait(Duration.ofMinutes(119));
    Turn early = phone.timeout();
    assertEquals(Action.NONE, early.action());
    assertEquals(Step.AGE, early.next().step());
  }

  @Test
  void anIdleConversationWithNothingUsefulClosesSilently() {
    phone.send("hola");
    phone.wait(Duration.ofHours(3));

    Turn turn = phone.timeout();
    assertEquals(Action.NONE, turn.action());
    assertNull(turn.reply());
    assertEquals(Step.CLOSED, turn.next().step());
    assertTrue(phone.engine.dueAt(turn.next()).isEmpty());

    Turn again = phone.send("Juan Pérez");
    assertEquals(Step.NAME, again.next().step(), "a new report, in the language already known");
    assertEquals(Language.ES, again.next().language());
    assertEquals(again.next().lastInboundAt(), again.next().createdAt());
    assertEquals("Juan Pérez", again.next().answers().opening());
  }

  @Test
  void aTimeoutAfterTheCaseDoesNothing() {
    finishAReport(phone);
    phone.wait(Duration.ofDays(3));
    assertTrue(phone.engine.dueAt(phone.state).isEmpty());
    assertEquals(Action.NONE, phone.timeout().action());
  }

  @Test
  void aConversationResumesAfterFiveHoursWhenTheTimeoutHasNotFired() {
    ConversationDriver slow = new ConversationDriver(new ConversationEngine(Duration.ofHours(6)));
    slow.sendAll("hello", "John Smith", "40");
    slow.wait(Duration.ofHours(5));
    assertEquals(Action.NONE, slow.timeout().action());

    Turn turn = slow.send("Reynosa, Tamaulipas");
    assertEquals(Step.WHEN, turn.next().step());
    assertEquals(ask(Language.EN, Step.WHEN), turn.reply());
    assertEquals("MX-TAM", turn.next().answers().stateCode());

    phone.sendAll("hola", "Juan Pérez");
    phone.wait(Duration.ofHours(5));
    assertEquals(Step.PLACE, phone.send("30").next().step(), "the scheduler had not fired: the answer still counts");
  }

  @Test
  void theTimeoutMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new ConversationEngine(Duration.ZERO));
    assertEquals(Duration.ofHours(2), new ConversationEngine().timeout());
  }

  // ---------------------------------------------------------------- texts for the integrator

  @ParameterizedTest
  @EnumSource(Language.class)
  void theAcknowledgementGivesFolioCodeAndWhereToFollow(Language language) {
    // queued by the family notifier with the national numbers; it must still fit the SMS budget
    String ack = text(language, "phone.ack", "MAE-2026-000123", "ABCD-EFGH-JKMN", "https://mae.sre.gob.mx/status?lang=es",
        "800-028-77-83, 55-1309-9024", "185-52-623-109");
    assertTrue(ack.contains("MAE-2026-000123 ABCD-EFGH-JKMN"), ack);
    assertTrue(ack.contains("https://mae.sre.gob.mx/status?lang=es"), ack);
    assertTrue(ack.length() <= MAX_REPLY, ack);

    String status = ConversationEngine.statusReply(language, "MAE-2026-000123", "Search under way", LocalDate.of(2026, 10, 3));
    assertTrue(status.contains("MAE-2026-000123") && status.contains("Search under way") && status.contains("2026-10-03"), status);
    assertEquals(text(language, "status.notFound"), ConversationEngine.statusNotFound(language));
  }

  /** A Spanish report to the end: CREATE_CASE. */
  static Turn finishAReport(ConversationDriver phone) {
    Turn done = phone.sendAll("hola", "Juan Pérez López", "23", "Tapachula, Chiapas", "02/10/2026", "1", "sí");
    assertEquals(Action.CREATE_CASE, done.action());
    return done;
  }
}
