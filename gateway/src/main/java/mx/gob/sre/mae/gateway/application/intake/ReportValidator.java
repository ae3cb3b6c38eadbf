package mx.gob.sre.mae.gateway.application.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseContent;
import mx.gob.sre.mae.gateway.domain.model.cases.ReporterMode;
import mx.gob.sre.mae.i18n.CodeList;
import mx.gob.sre.mae.i18n.Countries;
import mx.gob.sre.mae.i18n.Language;

/**
 * Checks a {@link ReportCommand} (Bean Validation plus the rules constraints cannot express: code
 * lists, real dates, reporter modes) and turns it into the domain's {@link CaseContent}.
 */
@ApplicationScoped
public class ReportValidator {

  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  private Validator validator;
  private Clock clock;

  protected ReportValidator() {}

  @Inject
  public ReportValidator(Validator validator) {
    this(validator, Clock.systemUTC());
  }

  public ReportValidator(Validator validator, Clock clock) {
    this.validator = validator;
    this.clock = clock;
  }

  /** The content the command describes, or {@link InvalidReportException} listing every problem. */
  public CaseContent toContent(ReportCommand command, Language language) {
    return toContent(command, language, false);
  }

  /** As {@link #toContent(ReportCommand, Language)}; a preliminary report may name no one yet. */
  public CaseContent toContent(ReportCommand command, Language language, boolean preliminary) {
    List<Violation> problems = new ArrayList<>();
    Set<ConstraintViolation<ReportCommand>> constraintViolations = validator.validate(command);
    for (ConstraintViolation<ReportCommand> v : constraintViolations) {
      problems.add(fromConstraint(v));
    }
    CaseContent.Reporter reporter = reporter(command.getReporter(), problems);
    List<CaseContent.Person> persons = new ArrayList<>();
    for (int i = 0; i < command.getMissingPersons().size(); i++) {
      MissingPersonData p = command.getMissingPersons().get(i);
      if (p == null) {
        problems.add(Violation.of("missingPersons[" + i + "]", "error.missingPersonName"));
        continue;
      }
      persons.add(person(p, "missingPersons[" + i + "].", problems, preliminary));
    }
    if (!problems.isEmpty() || persons.isEmpty()) {
      if (problems.isEmpty()) {
        problems.add(Violation.of("missingPersons", "error.missingPersonRequired"));
      }
      throw new InvalidReportException(dedupe(problems), language);
    }
    return new CaseContent(
        reporter,
        persons,
        clean(command.getCircumstances()),
        parties(command.getAllegedPerpetrators()),
        parties(command.getWitnesses()),
        Boolean.TRUE.equals(command.getPublicOfficialInvolvementSuspected()));
  }

  /** The language the report was written in: any ISO 639 code; absent means the UI language. */
  public static String originalLanguage(ReportCommand command, Language uiLanguage, List<Violation> problems) {
    String tag = clean(command.getLanguage());
    if (tag == null) {
      return uiLanguage.tag();
    }
    String language = Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
    if (language.isEmpty() || !Set.of(Locale.getISOLanguages()).contains(language)) {
      problems.add(Violation.of("language", "error.unknownCode", tag));
      return uiLanguage.tag();
    }
    return language;
  }

  private CaseContent.Reporter reporter(ReporterData r, List<Violation> problems) {
    if (r == null || Boolean.TRUE.equals(r.getAnonymous())) {
      if (r != null && (clean(r.getName()) != null || clean(r.getEmail()) != null
          || clean(r.getPhone()) != null || clean(r.getAddress()) != null)) {
        problems.add(Violation.of("reporter", "error.anonymousWithData"));
      }
      return CaseContent.Reporter.anonymous();
    }
    ReporterMode mode = Boolean.TRUE.equals(r.getIdentityWithheld()) ? ReporterMode.WITHHELD : ReporterMode.IDENTIFIED;
    String name = clean(r.getName());
    if (name == null) {
      problems.add(Violation.of("reporter.name", "error.reporterNameRequired"));
    }
    String email = clean(r.getEmail());
    String phone = clean(r.getPhone());
    String address = clean(r.getAddress());
    if (email == null && phone == null && address == null) {
      problems.add(Violation.of("reporter.email", "error.contactRequired"));
    }
    String relationship = code(CodeList.RELATIONSHIP, r.getRelationship(), "reporter.relationship", problems);
    String country = country(r.getCountry(), "reporter.country", problems);
    return new CaseContent.Reporter(mode, name, relationship, email, phone, address, country);
  }

  private CaseContent.Person person(MissingPersonData p, String prefix, List<Violation> problems, boolean preliminary) {
    String given = clean(p.getGivenNames());
    String first = clean(p.getFirstSurname());
    String second = clean(p.getSecondSurname());
    if (given == null && first == null && second == null && !preliminary) {
      problems.add(Violation.of(prefix + "givenNames", "error.missingPersonName"));
    }
    LocalDate birth = date(p.getDateOfBirth(), prefix + "dateOfBirth", problems);
    LastSeenData seen = p.getLastSeen() == null ? new LastSeenData() : p.getLastSeen();
    LocalDate seenDate = date(seen.getDate(), prefix + "lastSeen.date", problems);
    if (birth != null && birth.isBefore(EARLIEST_BIRTH)) {
      problems.add(Violation.of(prefix + "dateOfBirth", "error.invalidDate", p.getDateOfBirth()));
    }
    if (birth != null && seenDate != null && birth.isAfter(seenDate)) {
      problems.add(Violation.of(prefix + "dateOfBirth", "error.birthAfterLastSeen"));
    }
    String curp = clean(p.getCurp());
    return new CaseContent.Person(
        given, first, second,
        code(CodeList.SEX, p.getSex(), prefix + "sex", problems),
        birth,
        p.getApproximateAge(),
        country(p.getNationality(), prefix + "nationality", problems),
        curp == null ? null : curp.toUpperCase(Locale.ROOT),
        Boolean.TRUE.equals(p.getInMigration()),
        p.getHeightCm(),
        code(CodeList.BUILD, p.getBuild(), prefix + "build", problems),
        code(CodeList.COMPLEXION, p.getComplexion(), prefix + "complexion", problems),
        code(CodeList.EYE_COLOUR, p.getEyeColour(), prefix + "eyeColour", problems),
        code(CodeList.HAIR_COLOUR, p.getHairColour(), prefix + "hairColour", problems),
        clean(p.getDescription()),
        seenDate,
        clean(seen.getPlace()),
        code(CodeList.MX_STATE, seen.getState(), prefix + "lastSeen.state", problems));
  }

  private LocalDate date(String text, String field, List<Violation> problems) {
    String value = clean(text);
    if (value == null) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(value);
      if (date.isAfter(LocalDate.now(clock).plusDays(1))) {
        problems.add(Violation.of(field, "error.futureDate"));
      }
      return date;
    } catch (DateTimeParseException e) {
      problems.add(Violation.of(field, "error.invalidDate", value));
      return null;
    }
  }

  private static String code(CodeList list, String value, String field, List<Violation> problems) {
    String code = clean(value);
    if (code == null) {
      return null;
    }
    String normalised = code.toUpperCase(Locale.ROOT);
    if (!list.contains(normalised)) {
      problems.add(Violation.of(field, "error.unknownCode", code));
      return null;
    }
    return normalised;
  }

  private static String country(String value, String field, List<Violation> problems) {
    String code = clean(value);
    if (code == null) {
      return null;
    }
    String normalised = code.toUpperCase(Locale.ROOT);
    if (!Countries.isValid(normalised)) {
      problems.add(Violation.of(field, "error.unknownCode", code));
      return null;
    }
    return normalised;
  }

  private static List<CaseContent.Party> parties(List<PartyData> list) {
    return list.stream()
        .filter(Objects::nonNull)
        .map(p -> new CaseContent.Party(clean(p.getName()), clean(p.getDetails())))
        .filter(p -> p.name() != null || p.details() != null)
        .toList();
  }

  private static Violation fromConstraint(ConstraintViolation<?> v) {
    String template = v.getMessageTemplate();
    String key = template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : "error.validation";
    Object max = v.getConstraintDescriptor().getAttributes().get("max");
    return "error.tooLong".equals(key)
        ? Violation.of(v.getPropertyPath().toString(), key, max)
        : Violation.of(v.getPropertyPath().toString(), key);
  }

  private static List<Violation> dedupe(List<Violation> problems) {
    return problems.stream().distinct().toList();
  }

  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String stripped = s.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
