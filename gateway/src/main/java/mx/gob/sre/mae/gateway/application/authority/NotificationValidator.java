package mx.gob.sre.mae.gateway.application.authority;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import mx.gob.sre.mae.gateway.application.intake.InvalidReportException;
import mx.gob.sre.mae.gateway.application.intake.UploadedFile;
import mx.gob.sre.mae.gateway.application.intake.Violation;
import mx.gob.sre.mae.gateway.domain.model.authority.NotificationFacts;
import mx.gob.sre.mae.gateway.domain.model.authority.NotificationType;
import mx.gob.sre.mae.gateway.domain.model.authority.NotifiedPerson;
import mx.gob.sre.mae.i18n.CodeList;
import mx.gob.sre.mae.i18n.Countries;
import mx.gob.sre.mae.i18n.Language;

/**
 * Checks a notification as sent and turns it into domain values, listing every problem (400 in the
 * caller's language) rather than stopping at the first.
 */
public final class NotificationValidator {

  /** The valid parts of a notification. */
  public record Valid(NotificationType type, String reference, NotifiedPerson person, NotificationFacts facts,
      List<UploadedFile> files) {}

  private NotificationValidator() {}

  public static Valid validate(NotificationCommand c, Language language) {
    List<Violation> problems = new ArrayList<>();
    if (c == null) {
      throw new InvalidReportException(List.of(Violation.of("type", "error.required")), language);
    }
    NotificationType type = null;
    if (CleanText.clean(c.type()) == null) {
      problems.add(Violation.of("type", "error.required"));
    } else {
      type = NotificationType.parseClassified(c.type()).orElse(null);
      if (type == null) {
        problems.add(Violation.of("type", "error.authority.unknownType", c.type()));
      }
    }
    String reference = text(c.reference(), "reference", 200, problems);
    if (reference == null && problems.stream().noneMatch(p -> p.field().equals("reference"))) {
      problems.add(Violation.of("reference", "error.required"));
    }
    NotifiedPerson person = person(c.person(), problems);
    NotificationFacts facts = new NotificationFacts(date(c.eventDate(), "eventDate", problems), text(c.place(), "place", 500, problems),
        country(c.country(), "country", problems),
        c.facility() == null ? null : text(c.facility().name(), "facility.name", 300, problems),
        c.facility() == null ? null : text(c.facility().contact(), "facility.contact", 500, problems),
        text(c.narrative(), "narrative", 20000, problems));
    List<UploadedFile> files = files(c.attachments(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidReportException(problems, language);
    }
    return new Valid(type, reference, person, facts, files);
  }

  private static NotifiedPerson person(NotificationCommand.Person p, List<Violation> problems) {
    if (p == null) {
      problems.add(Violation.of("person", "error.authority.personRequired"));
      return NotifiedPerson.unknown();
    }
    String sex = CleanText.clean(p.sex()) == null ? null : p.sex().strip().toUpperCase(Locale.ROOT);
    if (sex != null && !CodeList.SEX.contains(sex)) {
      problems.add(Violation.of("person.sex", "error.unknownCode", sex));
    }
    Integer age = p.approximateAge();
    if (age != null && (age < 0 || age > 130)) {
      problems.add(Violation.of("person.approximateAge", "error.invalidAge"));
    }
    String curp = CleanText.clean(p.curp()) == null ? null : p.curp().strip().toUpperCase(Locale.ROOT);
    if (curp != null && !curp.matches("[A-Z0-9]{18}")) {
      problems.add(Violation.of("person.curp", "error.invalidCurp"));
      curp = null;
    }
    String documentType = null;
    String documentNumber = null;
    if (p.documents() != null) {
      for (NotificationCommand.Document d : p.documents()) {
        if (d == null) {
          continue;
        }
        String t = text(d.type(), "person.documents.type", 32, problems);
        String n = text(d.number(), "person.documents.number", 64, problems);
        if (curp == null && "CURP".equalsIgnoreCase(t) && n != null) {
          curp = n.toUpperCase(Locale.ROOT);
        } else if (documentNumber == null && n != null) {
          documentType = t == null ? "OTHER" : t.toUpperCase(Locale.ROOT);
          documentNumber = n;
        }
      }
    }
    LocalDate dob = date(p.dateOfBirth(), "person.dateOfBirth", problems);
    NotifiedPerson person = new NotifiedPerson(text(p.givenNames(), "person.givenNames", 200, problems),
        text(p.firstSurname(), "person.firstSurname", 200, problems), text(p.secondSurname(), "person.secondSurname", 200, problems),
        sex, dob, age, country(p.nationality(), "person.nationality", problems), curp, documentType, documentNumber);
    if (!person.identifiable()) {
      problems.add(Violation.of("person", "error.authority.personRequired"));
    }
    return person;
  }

  private static List<UploadedFile> files(List<NotificationCommand.Attachment> attachments, List<Violation> problems) {
    List<UploadedFile> files = new ArrayList<>();
    if (attachments == null) {
      return files;
    }
    for (int i = 0; i < attachments.size(); i++) {
      NotificationCommand.Attachment a = attachments.get(i);
      try {
        if (a == null || a.contentBase64() == null) {
          throw new IllegalArgumentException("no content");
        }
        byte[] content = Base64.getDecoder().decode(a.contentBase64().replaceAll("\\s", ""));
        if (content.length == 0) {
          throw new IllegalArgumentException("empty");
        }
        files.add(new UploadedFile(a.fileName() == null ? "attachment" : a.fileName(), content));
      } catch (IllegalArgumentException e) {
        problems.add(Violation.of("attachments[" + i + "]", "error.authority.attachment"));
      }
    }
    return files;
  }

  private static String text(String value, String field, int max, List<Violation> problems) {
    String t = CleanText.clean(value);
    if (t != null && t.length() > max) {
      problems.add(Violation.of(field, "error.tooLong", max));
      return null;
    }
    return t;
  }

  private static LocalDate date(String value, String field, List<Violation> problems) {
    String t = CleanText.clean(value);
    if (t == null) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(t);
      if (date.isAfter(LocalDate.now().plusDays(1))) {
        problems.add(Violation.of(field, "error.futureDate"));
      }
      return date;
    } catch (DateTimeParseException e) {
      problems.add(Violation.of(field, "error.invalidDate", t));
      return null;
    }
  }

  private static String country(String value, String field, List<Violation> problems) {
    String t = CleanText.clean(value);
    if (t == null) {
      return null;
    }
    String code = t.toUpperCase(Locale.ROOT);
    if (!Countries.isValid(code)) {
      problems.add(Violation.of(field, "error.unknownCode", t));
      return null;
    }
    return code;
  }
}
