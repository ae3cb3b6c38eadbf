package mx.gob.sre.mae.gateway.application.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import mx.gob.sre.mae.gateway.application.intake.ReportCommand;
import mx.gob.sre.mae.gateway.application.intake.ReportValidator;
import mx.gob.sre.mae.gateway.application.intake.TestBeanValidation;
import mx.gob.sre.mae.gateway.application.phone.ConversationEngine.Action;
import mx.gob.sre.mae.gateway.application.phone.ConversationEngine.Turn;
import mx.gob.sre.mae.gateway.application.phone.ConversationState.Step;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseContent;
import mx.gob.sre.mae.gateway.domain.model.cases.ReporterMode;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Conversations, end to end, through the intake's own validation (Bean Validation and ReportValidator). */
class ConversationReportTest {

  private static final String NUMBER = "+15551234567";

  private static ValidatorFactory factory;
  private static ReportValidator validator;

  @BeforeAll
  static void startBeanValidation() {
    factory = TestBeanValidation.factory();
    validator = new ReportValidator(factory.getValidator(), Clock.fixed(ConversationDriver.START.plus(Duration.ofHours(1)), ZoneOffset.UTC));
  }

  @AfterAll
  static void stopBeanValidation() {
    factory.close();
  }

  /** A conversation from its first message, and the case content it must give. */
  record Script(Language language, String[] messages, CaseContent.Person person, String relationship, boolean callback) {

    @Override
    public String toString() {
      return language.name();
    }
  }

  static Stream<Script> wholeConversations() {
    return Stream.of(
        new Script(Language.ES,
            new String[] {"Hola", "José Luis Hernández López", "23 años", "Coatzacoalcos, Veracruz", "02/10/2026", "1", "sí"},
            person("José Luis", "Hernández", "López", null, 23, LocalDate.of(2026, 10, 2), "Coatzacoalcos, Veracruz", "MX-VER"),
            "MOTHER", true),
        new Script(Language.EN,
            new String[] {"Hello, I need to report my sister", "Ana Sofía Ramírez Cruz", "1999-04-02", "Tapachula, Chiapas",
                "2026-09-30", "I am her sister", "yes"},
            person("Ana Sofía", "Ramírez", "Cruz", LocalDate.of(1999, 4, 2), null, LocalDate.of(2026, 9, 30), "Tapachula, Chiapas",
                "MX-CHP"),
            "SISTER", true),
        new Script(Language.FR,
            new String[] {"Bonjour", "Pedro Gómez", "31 ans", "Ciudad Juárez", "15/09/2026", "Je suis son père", "oui"},
            person("Pedro", "Gómez", null, null, 31, LocalDate.of(2026, 9, 15), "Ciudad Juárez", "MX-CHH"),
            "FATHER", true),
        new Script(Language.PT,
            new String[] {"Olá", "Juan de la Cruz Martínez", "2 de abril de 2001", "CDMX", "1/10/2026", "7", "não"},
            person("Juan", "de la Cruz", "Martínez", LocalDate.of(2001, 4, 2), null, LocalDate.of(2026, 10, 1), "CDMX", "MX-CMX"),
            "SPOUSE", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wholeConversations")
  void aWholeConversationBecomesAValidReportWithEveryAnswerMapped(Script script) {
    ConversationDriver phone = new ConversationDriver();
    Turn done = phone.sendAll(script.messages());

    assertEquals(Action.CREATE_CASE, done.action());
    assertFalse(done.preliminary());
    assertEquals(script.language(), done.language());
    assertEquals(script.callback(), done.next().answers().callbackAllowed());

    ReportCommand command = ConversationReport.toCommand(done.next(), NUMBER, "SMS");
    assertEquals(script.language().tag(), command.getLanguage());
    CaseContent content = validator.toContent(command, script.language());

    assertEquals(script.person(), content.missingPersons().get(0));
    assertEquals(
        new CaseContent.Reporter(ReporterMode.IDENTIFIED, "SMS " + NUMBER, script.relationship(), null, NUMBER, null, null),
        content.reporter());
    String transcript = content.circumstances();
    assertTrue(transcript.startsWith(Messages.text(script.language(), "sms.transcript.header", "SMS", NUMBER, "2026-10-15 12:00 UTC")),
        transcript);
    for (int i = 1; i < script.messages().length; i++) {
      assertTrue(transcript.contains(": " + script.messages()[i]), script.messages()[i] + " missing from\n" + transcript);
    }
  }

  @Test
  void aWhatsAppNumberLosesItsPrefixAndTheChannelIsNamed() {
    ConversationDriver phone = new ConversationDriver();
    ConversationEngineTest.finishAReport(phone);

    ReportCommand command = ConversationReport.toCommand(phone.state, "whatsapp:" + NUMBER, "WhatsApp");
    CaseContent content = validator.toContent(command, Language.ES);
    assertEquals("WhatsApp " + NUMBER, content.reporter().name());
    assertEquals(NUMBER, content.reporter().phone());
    assertTrue(content.circumstances().startsWith("Reporte recibido por WhatsApp desde el número " + NUMBER));
  }

  @Test
  void aSenderThatIsNotAPhoneNumberIsKeptAsTheAddress() {
    ConversationDriver phone = new ConversationDriver();
    ConversationEngineTest.finishAReport(phone);

    CaseContent content = validator.toContent(ConversationReport.toCommand(phone.state, "MAE-SHORTCODE", "SMS"), Language.ES);
    assertNull(content.reporter().phone());
    assertEquals("SMS: MAE-SHORTCODE", content.reporter().address());
  }

  @Test
  void aTimedOutConversationIsAValidPreliminaryReportWithTheUnansweredMarked() {
    ConversationDriver phone = new ConversationDriver();
    phone.sendAll("Hola, mi hermano no contesta desde el lunes", "Carlos", "no sé");
    phone.wait(Duration.ofHours(3));
    Turn turn = phone.timeout();
    assertEquals(Action.CREATE_CASE, turn.action());
    assertTrue(turn.preliminary());

    ReportCommand command = ConversationReport.toCommand(turn.next(), NUMBER, "SMS");
    CaseContent content = validator.toContent(command, Language.ES, true);
    CaseContent.Person person = content.missingPersons().get(0);
    assertEquals("Carlos", person.givenNames());
    assertNull(person.firstSurname());
    assertNull(person.approximateAge());
    assertNull(person.lastSeenPlace());
    assertNull(content.reporter().relationship());
    String transcript = content.circumstances();
    String noData = Messages.text(Language.ES, "receipt.noData");
    assertTrue(transcript.contains(Messages.text(Language.ES, "sms.label.opening") + ": Hola, mi hermano no contesta desde el lunes"),
        transcript);
    assertTrue(transcript.contains(Messages.text(Language.ES, "sms.label.age") + ": no sé"), transcript);
    assertTrue(transcript.contains(Messages.text(Language.ES, "sms.label.place") + ": " + noData), transcript);
  }

  @Test
  void aBirthDateAfterTheLastSeenDateIsLeftToTheTranscript() {
    ConversationDriver phone = new ConversationDriver();
    Turn done = phone.sendAll("hello", "John Smith", "2026-10-01", "Monterrey", "2026-09-01", "2", "no");
    assertEquals(LocalDate.of(2026, 10, 1), done.next().answers().dateOfBirth());

    CaseContent content = validator.toContent(ConversationReport.toCommand(done.next(), NUMBER, "SMS"), Language.EN);
    assertNull(content.missingPersons().get(0).dateOfBirth());
    assertEquals(LocalDate.of(2026, 9, 1), content.missingPersons().get(0).lastSeenDate());
    assertTrue(content.circumstances().contains("2026-10-01"));
  }

  @Test
  void longAnswersAreCutToTheFieldsLimitsAndKeptWholeInTheTranscript() {
    ConversationDriver phone = new ConversationDriver();
    String longPlace = "cerca de la central de autobuses ".repeat(20) + "Puebla";
    Turn done = phone.sendAll("hola", "Juan " + "Pérez".repeat(50) + " López", "23", longPlace, "no sé", "madre", "sí");

    CaseContent content = validator.toContent(ConversationReport.toCommand(done.next(), NUMBER, "SMS"), Language.ES);
    CaseContent.Person person = content.missingPersons().get(0);
    assertEquals(200, person.firstSurname().length());
    assertEquals(300, person.lastSeenPlace().length());
    assertEquals("MX-PUE", person.lastSeenState());
    assertTrue(content.circumstances().contains(longPlace));
    assertEquals(Step.REPORTED, done.next().step());
  }

  private static CaseContent.Person person(String given, String first, String second, LocalDate birth, Integer age,
      LocalDate seen, String place, String state) {
    return new CaseContent.Person(given, first, second, null, birth, age, null, null, false, null, null, null, null, null, null,
        seen, place, state);
  }
}
