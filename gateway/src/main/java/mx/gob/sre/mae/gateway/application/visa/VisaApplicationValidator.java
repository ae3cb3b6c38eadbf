package mx.gob.sre.mae.gateway.application.visa;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import mx.gob.sre.mae.gateway.application.intake.InvalidReportException;
import mx.gob.sre.mae.gateway.application.intake.Violation;
import mx.gob.sre.mae.gateway.domain.model.visa.TravelDocumentType;
import mx.gob.sre.mae.gateway.domain.model.visa.VisaApplication;
import mx.gob.sre.mae.i18n.CodeList;
import mx.gob.sre.mae.i18n.Countries;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.routes.routing.Agencies;

/**
 * Checks a visa application's fields (required data, code lists, real dates, a known inviting
 * authority) and lists every problem at once, in the applicant's language. Whether the related case
 * exists is not checked here: {@link VisaService} verifies folio and code together, answering both
 * failures alike.
 */
public final class VisaApplicationValidator {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,24}");
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

  private VisaApplicationValidator() {}

  /** The checked application, or {@link InvalidReportException} with every problem. */
  public static VisaApplication validate(VisaApplicationCommand c, Language language) {
    List<Violation> problems = new ArrayList<>();
    VisaApplicationCommand.Applicant a = c.applicant() == null
        ? new VisaApplicationCommand.Applicant(null, null, null, null, null, null, null) : c.applicant();
    String name = text(a.name(), "applicant.name", 300, true, problems);
    String nationality = country(a.nationality(), "applicant.nationality", problems);
    TravelDocumentType documentType = documentType(a.travelDocumentType(), problems);
    String documentNumber = text(a.travelDocumentNumber(), "applicant.travelDocumentNumber", 64, true, problems);
    LocalDate birth = date(a.dateOfBirth(), "applicant.dateOfBirth", problems);
    if (birth != null && (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(LocalDate.now()))) {
      problems.add(Violation.of("applicant.dateOfBirth", "error.invalidDate", a.dateOfBirth()));
    }
    String email = text(a.email(), "applicant.email", 320, false, problems);
    if (email != null && !EMAIL.matcher(email).matches()) {
      problems.add(Violation.of("applicant.email", "error.invalidEmail"));
    }
    String phone = text(a.phone(), "applicant.phone", 32, false, problems);
    if (phone != null && !PHONE.matcher(phone).matches()) {
      problems.add(Violation.of("applicant.phone", "error.invalidPhone"));
    }
    if (email == null && phone == null) {
      problems.add(Violation.of("applicant.email", "error.visa.contactRequired"));
    }
    String relationship = relationship(c.relationship(), problems);
    String missingPerson = text(c.missingPersonName(), "missingPersonName", 300, false, problems);
    String folio = c.relatedCase() == null ? null : clean(c.relatedCase().folio());
    VisaApplication.Invitation invitation = invitation(c.invitation(), problems);
    if (folio == null && invitation == null) {
      problems.add(Violation.of("relatedCase", "error.visa.caseOrInvitation"));
    }
    LocalDate from = date(c.travelFrom(), "travelFrom", problems);
    LocalDate to = date(c.travelTo(), "travelTo", problems);
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(Violation.of("travelTo", "error.visa.travelDates"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidReportException(problems, language);
    }
    VisaApplication.Applicant applicant = new VisaApplication.Applicant(
        name, nationality, documentType, documentNumber.toUpperCase(Locale.ROOT), birth, email, phone, language.tag());
    return new VisaApplication(applicant, relationship, missingPerson, folio == null ? null : folio.toUpperCase(Locale.ROOT),
        invitation, from, to);
  }

  private static VisaApplication.Invitation invitation(VisaApplicationCommand.Invitation i, List<Violation> problems) {
    if (i == null || (clean(i.agency()) == null && clean(i.reference()) == null)) {
      return null;
    }
    String agency = clean(i.agency()) == null ? null : clean(i.agency()).toUpperCase(Locale.ROOT);
    if (agency == null) {
      problems.add(Violation.of("invitation.agency", "error.required"));
    } else if (!Agencies.isValid(agency) || Agencies.INM.equals(agency)) {
      problems.add(Violation.of("invitation.agency", "error.visa.unknownAgency", i.agency()));
    }
    String reference = text(i.reference(), "invitation.reference", 200, true, problems);
    String purpose = text(i.purpose(), "invitation.purpose", 1000, false, problems);
    LocalDate from = date(i.from(), "invitation.from", problems);
    LocalDate to = date(i.to(), "invitation.to", problems);
    if (from != null && to != null && to.isBefore(from)) {
      problems.add(Violation.of("invitation.to", "error.visa.travelDates"));
    }
    return new VisaApplication.Invitation(agency, reference, purpose, from, to);
  }

  private static String relationship(String value, List<Violation> problems) {
    String code = clean(value);
    if (code == null) {
      problems.add(Violation.of("relationship", "error.required"));
      return null;
    }
    if (!CodeList.RELATIONSHIP.contains(code.toUpperCase(Locale.ROOT))) {
      problems.add(Violation.of("relationship", "error.unknownCode", code));
      return null;
    }
    return code.toUpperCase(Locale.ROOT);
  }

  private static TravelDocumentType documentType(String value, List<Violation> problems) {
    String code = clean(value);
    if (code == null) {
      return TravelDocumentType.PASSPORT;
    }
    try {
      return TravelDocumentType.valueOf(code.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(Violation.of("applicant.travelDocumentType", "error.unknownCode", code));
      return null;
    }
  }

  private static String country(String value, String field, List<Violation> problems) {
    String code = clean(value);
    if (code == null) {
      problems.add(Violation.of(field, "error.required"));
      return null;
    }
    if (!Countries.isValid(code.toUpperCase(Locale.ROOT))) {
      problems.add(Violation.of(field, "error.unknownCode", code));
      return null;
    }
    return code.toUpperCase(Locale.ROOT);
  }

  private static String text(String value, String field, int max, boolean required, List<Violation> problems) {
    String text = clean(value);
    if (text == null && required) {
      problems.add(Violation.of(field, "error.required"));
    }
    if (text != null && text.length() > max) {
      problems.add(Violation.of(field, "error.tooLong", max));
    }
    return text;
  }

  private static LocalDate date(String value, String field, List<Violation> problems) {
    String text = clean(value);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(Violation.of(field, "error.invalidDate", text));
      return null;
    }
  }

  static String clean(String s) {
    if (s == null) {
      return null;
    }
    String stripped = s.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
