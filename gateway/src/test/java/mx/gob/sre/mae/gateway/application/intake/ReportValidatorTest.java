package mx.gob.sre.mae.gateway.application.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseContent;
import mx.gob.sre.mae.gateway.domain.model.cases.ReporterMode;
import mx.gob.sre.mae.i18n.Language;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReportValidatorTest {

  /** "Today" for every test: after the canonical last-seen date (2026-10-02). */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-15T12:00:00Z"), ZoneOffset.UTC);

  private static ValidatorFactory factory;
  private static Validator beanValidator;

  private ReportValidator validator;

  @BeforeAll
  static void startBeanValidation() {
    factory = TestBeanValidation.factory();
    beanValidator = factory.getValidator();
  }

  @AfterAll
  static void stopBeanValidation() {
    factory.close();
  }

  @BeforeEach
  void newValidator() {
    validator = new ReportValidator(beanValidator, CLOCK);
  }

  // ---------------------------------------------------------------- the canonical report

  @Test
  void mapsCanonicalReportToContentKeepingCodes() {
    CaseContent content = validator.toContent(canonical(), Language.EN);

    assertEquals(
        new CaseContent.Reporter(
            ReporterMode.IDENTIFIED, "Ana Pérez", "MOTHER", "ana@example.org", "+13105550100",
            "123 Main St, Los Angeles, CA", "US"),
        content.reporter());
    assertEquals(1, content.missingPersons().size());
    CaseContent.Person person = content.missingPersons().get(0);
    assertEquals(
        new CaseContent.Person(
            "José Luis", "Hernández", "López", "M", LocalDate.of(1998, 4, 12), null, "MX", null, false,
            null, null, null, null, null, "1.70 m, scar on left hand", LocalDate.of(2026, 10, 2),
            "Coatzacoalcos", "MX-VER"),
        person);
    assertEquals("José Luis Hernández López", person.fullName());
    assertEquals("He called from a bus station and has not answered since.", content.circumstances());
    assertFalse(content.publicOfficialInvolvementSuspected());
    assertTrue(content.allegedPerpetrators().isEmpty());
    assertTrue(content.witnesses().isEmpty());
  }

  @Test
  void stripsSurroundingWhitespaceAndTreatsBlankAsAbsent() {
    ReportCommand command = canonical();
    MissingPersonData person = command.getMissingPersons().get(0);
    person.setGivenNames("  José Luis  ");
    person.setSecondSurname("   ");
    command.setCircumstances("   ");

    CaseContent content = validator.toContent(command, Language.EN);

    assertEquals("José Luis", content.missingPersons().get(0).givenNames());
    assertNull(content.missingPersons().get(0).secondSurname());
    assertNull(content.circumstances());
  }

  @Test
  void keepsNamedPartiesAndDropsEmptyOnes() {
    ReportCommand command = canonical();
    command.setAllegedPerpetrators(List.of(party("El Güero", "drove a white pick-up"), party("  ", null)));
    List<PartyData> witnesses = new ArrayList<>();
    witnesses.add(null);
    witnesses.add(party(null, "the ticket seller"));
    command.setWitnesses(witnesses);
    command.setPublicOfficialInvolvementSuspected(true);

    CaseContent content = validator.toContent(command, Language.EN);

    assertEquals(List.of(new CaseContent.Party("El Güero", "drove a white pick-up")), content.allegedPerpetrators());
    assertEquals(List.of(new CaseContent.Party(null, "the ticket seller")), content.witnesses());
    assertTrue(content.publicOfficialInvolvementSuspected());
  }

  // ---------------------------------------------------------------- missing persons

  @Test
  void rejectsMissingPersonWithoutAnyName() {
    ReportCommand command = canonical();
    MissingPersonData person = command.getMissingPersons().get(0);
    person.setGivenNames(null);
    person.setFirstSurname(" ");
    person.setSecondSurname("");

    InvalidReportException e = rejected(command);

    assertHasViolation(e, "missingPersons[0].givenNames", "error.missingPersonName");
    assertEquals(1, e.violations().size(), e.violations().toString());
  }

  @Test
  void acceptsMissingPersonKnownOnlyBySurname() {
    ReportCommand command = canonical();
    MissingPersonData person = command.getMissingPersons().get(0);
    person.setGivenNames(null);
    person.setSecondSurname(null);

    assertEquals("Hernández", validator.toContent(command, Language.EN).missingPersons().get(0).fullName());
  }

  @Test
  void rejectsReportWithoutMissingPersons() {
    ReportCommand command = canonical();
    command.setMissingPersons(new ArrayList<>());

    InvalidReportException e = rejected(command);

    assertHasViolation(e, "missingPersons", "error.missingPersonRequired");
  }

  @Test
  void rejectsNullEntryInMissingPersons() {
    ReportCommand command = canonical();
    List<MissingPersonData> persons = new ArrayList<>();
    persons.add(null);
    command.setMissingPersons(persons);

    InvalidReportException e = rejected(command);

    assertHasViolation(e, "missingPersons[0]", "error.missingPersonName");
  }

  @Test
  void rejectsImpossibleDateOfBirth() {
    ReportCommand command = canonical();
    command.getMissingPersons().get(0).setDateOfBirth("1998-02-30");

    InvalidReportException e = rejected(command);

    Violation v = assertHasViolation(e, "missingPersons[0].dateOfBirth", "error.invalidDate");
    assertEquals(List.of("1998-02-30"), v.arguments());
  }

  @Test
  void rejectsDateOfBirthThatIsNotIsoText() {
    ReportCommand command = canonical();
    command.getMissingPersons().get(0).setDateOfBirth("12/04/1998");

    assertHasViolation(rejected(command), "missingPersons[0].dateOfBirth", "error.invalidDate");
  }

  @Test
  void rejectsDateOfBirthBefore1900() {
    ReportCommand command = canonical();
    command.getMissingPersons().get(0).setDateOfBirth("1899-12-31");

    assertHasViolation(rejected(command), "missingPersons[0].dateOfBirth", "error.invalidDate");
  }

  @Test
  void rejectsLastSeenDateInTheFuture() {
    ReportCommand command = canonical();
    command.getMissingPersons().get(0).getLastSeen().setDate("2026-10-20");

    InvalidReportException e = rejected(command);

    assertHasViolation(e, "missingPersons[0].lastSeen.date", "error.futureDate");
  }

  @Test
  void toleratesLastSeenTomorrowForReportersInOtherTimeZones() {
    ReportCommand command = canonical();
    command.getMissingPersons().get(0).getLastSeen().setDate("2026-10-16");

    assertEquals(
        LocalDate.of(2026, 10, 16),
        validator.toContent(command, Language.EN).missingPersons().get(0).lastSeenDate());
  }

  @Test
  void rejectsBirthAfterLastSeen() {
    ReportCommand command = canonical();
    command.getMissingPersons().get(0).setDateOfBirth("2026-10-05");

    InvalidReportException e = rejected(command);

    assertHasViolation(e, "missingPersons[0].dateOfBirth", "error.birthAfterLastSeen");
  }

  @Test
  void rejectsUnknownCodes() {
    ReportCommand command = canonical();
    MissingPersonData person = command.getMissingPersons().get(0);
    person.setSex("Q");
    person.getLastSeen().setState("MX-XXX");
    person.setNationality("XX");
    command.getReporter().setRelationship("COUSINS");

    InvalidReportException e = rejected(command);

    assertEquals(List.of("Q"), assertHasViolation(e, "missingPersons[0].sex", "error.unknownCode").arguments());
    assertEquals(
        List.of("MX-XXX"), assertHasViolation(e, "missingPersons[0].lastSeen.state", "error.unknownCode").arguments());
    assertEquals(
        List.of("XX"), assertHasViolation(e, "missingPersons[0].nationality", "error.unknownCode").arguments());
    assertEquals(List.of("COUSINS"), assertHasViolation(e, "reporter.relationship", "error.unknownCode").arguments());
    assertEquals(4, e.violations().size(), e.violations().toString());
  }

  @Test
  void acceptsLowerCaseCodesAndNormalisesThem() {
    ReportCommand command = canonical();
    MissingPersonData person = command.getMissingPersons().get(0);
    person.setSex("m");
    person.getLastSeen().setState("mx-ver");
    person.setNationality("mx");
    person.setEyeColour("dark_brown");
    command.getReporter().setRelationship("mother");
    command.getReporter().setCountry("us");

    CaseContent content = validator.toContent(command, Language.EN);

    CaseContent.Person p = content.missingPersons().get(0);
    assertEquals("M", p.sex());
    assertEquals("MX-VER", p.lastSeenState());
    assertEquals("MX", p.nationality());
    assertEquals("DARK_BROWN", p.eyeColour());
    assertEquals("MOTHER", content.reporter().relationship());
    assertEquals("US", content.reporter().country());
  }

  @Test
  void acceptsWellFormedCurp() {
    ReportCommand command = canonical();
    command.getMissingPersons().get(0).setCurp("HELJ980412HVZRPS09");

    assertEquals("HELJ980412HVZRPS09", validator.toContent(command, Language.EN).missingPersons().get(0).curp());
  }

  @Test
  void rejectsCurpOfWrongShape() {
    ReportCommand command = canonical();
    command.getMissingPersons().get(0).setCurp("HELJ980412");

    assertHasViolation(rejected(command), "missingPersons[0].curp", "error.invalidCurp");
  }

  @Test
  void acceptsLowerCaseCurpAndUpperCasesIt() {
    ReportCommand command = canonical();
    command.getMissingPersons().get(0).setCurp("helj980412hvzrps09");

    assertEquals("HELJ980412HVZRPS09", validator.toContent(command, Language.EN).missingPersons().get(0).curp());
  }

  @Test
  void rejectsAgeAndHeightOutOfRange() {
    ReportCommand command = canonical();
    command.getMissingPersons().get(0).setApproximateAge(121);
    command.getMissingPersons().get(0).setHeightCm(10);

    InvalidReportException e = rejected(command);

    assertHasViolation(e, "missingPersons[0].approximateAge", "error.invalidAge");
    assertHasViolation(e, "missingPersons[0].heightCm", "error.invalidHeight");
  }

  @Test
  void rejectsTooLongCircumstancesNamingTheLimit() {
    ReportCommand command = canonical();
    command.setCircumstances("x".repeat(20001));

    Violation v = assertHasViolation(rejected(command), "circumstances", "error.tooLong");

    assertEquals(List.of(20000), v.arguments());
  }

  @Test
  void acceptsCircumstancesAtTheLimit() {
    ReportCommand command = canonical();
    command.setCircumstances("x".repeat(20000));

    assertEquals(20000, validator.toContent(command, Language.EN).circumstances().length());
  }

  // ---------------------------------------------------------------- reporter modes

  @Test
  void treatsMissingReporterAsAnonymous() {
    ReportCommand command = canonical();
    command.setReporter(null);

    assertEquals(CaseContent.Reporter.anonymous(), validator.toContent(command, Language.EN).reporter());
  }

  @Test
  void treatsAnonymousFlagAsAnonymousWithoutData() {
    ReportCommand command = canonical();
    ReporterData reporter = new ReporterData();
    reporter.setAnonymous(true);
    command.setReporter(reporter);

    CaseContent.Reporter result = validator.toContent(command, Language.EN).reporter();

    assertEquals(ReporterMode.ANONYMOUS, result.mode());
    assertEquals(CaseContent.Reporter.anonymous(), result);
  }

  @Test
  void rejectsAnonymousReporterWithName() {
    ReportCommand command = canonical();
    ReporterData reporter = new ReporterData();
    reporter.setAnonymous(true);
    reporter.setName("Ana Pérez");
    command.setReporter(reporter);

    InvalidReportException e = rejected(command);

    assertHasViolation(e, "reporter", "error.anonymousWithData");
  }

  @Test
  void rejectsAnonymousReporterWithContactData() {
    for (String field : List.of("email", "phone", "address")) {
      ReportCommand command = canonical();
      ReporterData reporter = new ReporterData();
      reporter.setAnonymous(true);
      switch (field) {
        case "email" -> reporter.setEmail("ana@example.org");
        case "phone" -> reporter.setPhone("+13105550100");
        default -> reporter.setAddress("123 Main St");
      }
      command.setReporter(reporter);

      assertHasViolation(rejected(command), "reporter", "error.anonymousWithData");
    }
  }

  @Test
  void keepsNameOfWithheldReporter() {
    ReportCommand command = canonical();
    command.getReporter().setIdentityWithheld(true);

    CaseContent.Reporter reporter = validator.toContent(command, Language.EN).reporter();

    assertEquals(ReporterMode.WITHHELD, reporter.mode());
    assertEquals("Ana Pérez", reporter.name());
    assertEquals("ana@example.org", reporter.email());
    assertFalse(reporter.mode().forwardsIdentity());
  }

  @Test
  void requiresNameOfIdentifiedReporter() {
    ReportCommand command = canonical();
    command.getReporter().setName("  ");

    InvalidReportException e = rejected(command);

    assertHasViolation(e, "reporter.name", "error.reporterNameRequired");
  }

  @Test
  void requiresContactOfIdentifiedReporter() {
    ReportCommand command = canonical();
    command.getReporter().setEmail(null);
    command.getReporter().setPhone("");
    command.getReporter().setAddress(" ");

    InvalidReportException e = rejected(command);

    assertHasViolation(e, "reporter.email", "error.contactRequired");
  }

  @Test
  void acceptsIdentifiedReporterWithOnlyAPhone() {
    ReportCommand command = canonical();
    command.getReporter().setEmail(null);
    command.getReporter().setAddress(null);

    assertEquals("+13105550100", validator.toContent(command, Language.EN).reporter().phone());
  }

  @Test
  void rejectsMalformedEmail() {
    ReportCommand command = canonical();
    command.getReporter().setEmail("ana.example.org");

    assertHasViolation(rejected(command), "reporter.email", "error.invalidEmail");
  }

  @Test
  void rejectsMalformedPhone() {
    ReportCommand command = canonical();
    command.getReporter().setPhone("call me");

    assertHasViolation(rejected(command), "reporter.phone", "error.invalidPhone");
  }

  // ---------------------------------------------------------------- the exception and its messages

  @Test
  void reportsEveryProblemAtOnceWithTheLanguage() {
    ReportCommand command = canonical();
    command.getReporter().setEmail("not an email");
    command.getMissingPersons().get(0).setSex("Q");
    command.getMissingPersons().get(0).setDateOfBirth("1998-02-30");

    InvalidReportException e = assertThrows(InvalidReportException.class, () -> validator.toContent(command, Language.FR));

    assertSame(Language.FR, e.language());
    assertEquals(3, e.violations().size(), e.violations().toString());
  }

  @Test
  void localizesViolationMessages() {
    ReportCommand command = canonical();
    command.getMissingPersons().get(0).setGivenNames(null);
    command.getMissingPersons().get(0).setFirstSurname(null);
    command.getMissingPersons().get(0).setSecondSurname(null);

    Violation v = assertHasViolation(rejected(command), "missingPersons[0].givenNames", "error.missingPersonName");

    String english = v.message(Locale.ENGLISH);
    String spanish = v.message(Locale.forLanguageTag("es-MX"));
    assertEquals("Enter the given name or a surname of the missing person.", english);
    assertEquals("Indique el nombre o un apellido de la persona desaparecida.", spanish);
    assertNotEquals(english, spanish);
  }

  @Test
  void formatsArgumentsIntoLocalizedMessages() {
    ReportCommand command = canonical();
    command.getMissingPersons().get(0).setSex("Q");

    Violation v = assertHasViolation(rejected(command), "missingPersons[0].sex", "error.unknownCode");

    assertEquals("Unrecognised value: Q.", v.message(Locale.ENGLISH));
    assertEquals("Valor no reconocido: Q.", v.message(Locale.forLanguageTag("es")));
  }

  // ---------------------------------------------------------------- original language

  @Test
  void originalLanguageAcceptsAnyIsoLanguageSuchAsHaitianCreole() {
    ReportCommand command = canonical();
    command.setLanguage("ht");
    List<Violation> problems = new ArrayList<>();

    assertEquals("ht", ReportValidator.originalLanguage(command, Language.EN, problems));
    assertTrue(problems.isEmpty(), problems.toString());
  }

  @Test
  void originalLanguageReducesARegionalTagToItsLanguage() {
    ReportCommand command = canonical();
    command.setLanguage("pt_BR");
    List<Violation> problems = new ArrayList<>();

    assertEquals("pt", ReportValidator.originalLanguage(command, Language.EN, problems));
    assertTrue(problems.isEmpty(), problems.toString());
  }

  @Test
  void originalLanguageRejectsUnknownTagAndFallsBackToUiLanguage() {
    ReportCommand command = canonical();
    command.setLanguage("zz-bogus");
    List<Violation> problems = new ArrayList<>();

    assertEquals("fr", ReportValidator.originalLanguage(command, Language.FR, problems));
    assertEquals(List.of(Violation.of("language", "error.unknownCode", "zz-bogus")), problems);
  }

  @Test
  void originalLanguageDefaultsToUiLanguageWhenAbsent() {
    ReportCommand command = canonical();
    command.setLanguage("  ");
    List<Violation> problems = new ArrayList<>();

    assertEquals("es", ReportValidator.originalLanguage(command, Language.ES, problems));
    assertTrue(problems.isEmpty(), problems.toString());
  }

  // ---------------------------------------------------------------- helpers

  private InvalidReportException rejected(ReportCommand command) {
    return assertThrows(InvalidReportException.class, () -> validator.toContent(command, Language.EN));
  }

  private static Violation assertHasViolation(InvalidReportException e, String field, String key) {
    return e.violations().stream()
        .filter(v -> v.field().equals(field) && v.messageKey().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("Expected " + key + " on " + field + " but got " + e.violations()));
  }

  private static PartyData party(String name, String details) {
    PartyData p = new PartyData();
    p.setName(name);
    p.setDetails(details);
    return p;
  }

  /** The canonical report of the API documentation, as a fresh mutable command. */
  private static ReportCommand canonical() {
    ReporterData reporter = new ReporterData();
    reporter.setName("Ana Pérez");
    reporter.setRelationship("MOTHER");
    reporter.setEmail("ana@example.org");
    reporter.setPhone("+13105550100");
    reporter.setAddress("123 Main St, Los Angeles, CA");
    reporter.setCountry("US");

    LastSeenData lastSeen = new LastSeenData();
    lastSeen.setDate("2026-10-02");
    lastSeen.setPlace("Coatzacoalcos");
    lastSeen.setState("MX-VER");

    MissingPersonData person = new MissingPersonData();
    person.setGivenNames("José Luis");
    person.setFirstSurname("Hernández");
    person.setSecondSurname("López");
    person.setSex("M");
    person.setDateOfBirth("1998-04-12");
    person.setNationality("MX");
    person.setLastSeen(lastSeen);
    person.setDescription("1.70 m, scar on left hand");

    ReportCommand command = new ReportCommand();
    command.setLanguage("en");
    command.setReporter(reporter);
    command.setMissingPersons(new ArrayList<>(List.of(person)));
    command.setCircumstances("He called from a bus station and has not answered since.");
    command.setPublicOfficialInvolvementSuspected(false);
    return command;
  }
}
