package mx.gob.sre.mae.gateway.application.visa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mx.gob.sre.mae.gateway.application.intake.InvalidReportException;
import mx.gob.sre.mae.gateway.application.intake.Violation;
import mx.gob.sre.mae.i18n.Language;
import org.junit.jupiter.api.Test;

/** A visa application's fields are all checked at once, in the applicant's language; the median of the supervisor view. */
class VisaApplicationValidatorTest {

  static VisaApplicationCommand command(VisaApplicationCommand.Invitation invitation, VisaApplicationCommand.RelatedCase related) {
    return new VisaApplicationCommand("fr", "GUA",
        new VisaApplicationCommand.Applicant("Rosa Xol", "gt", "PASSPORT", "g1234567", "1970-03-01", "rosa@example.org", null),
        "mother", null, related, invitation, "2026-12-01", "2026-12-15");
  }

  @Test
  void anInvitationFromAKnownAuthorityIsAccepted() {
    var a = VisaApplicationValidator.validate(
        command(new VisaApplicationCommand.Invitation("fgr:feiddf", "FEIDDF/2026/1", "Reunión", null, null), null), Language.FR);
    assertEquals("FGR:FEIDDF", a.invitation().agency());
    assertEquals("GT", a.applicant().nationality());
    assertEquals("MOTHER", a.relationship());
    assertEquals("fr", a.applicant().language());
    assertNull(a.relatedFolio());
  }

  @Test
  void everyProblemIsListed() {
    var bad = new VisaApplicationCommand("en", "GUA",
        new VisaApplicationCommand.Applicant(" ", "XX", "BOAT", null, "1970-13-01", "not-an-email", null),
        "AUNTIE", null, null, new VisaApplicationCommand.Invitation("INM", "x", null, null, null), "2026-12-15", "2026-12-01");
    InvalidReportException e = assertThrows(InvalidReportException.class, () -> VisaApplicationValidator.validate(bad, Language.EN));
    List<String> fields = e.violations().stream().map(Violation::field).toList();
    assertTrue(fields.containsAll(List.of("applicant.name", "applicant.nationality", "applicant.travelDocumentType",
        "applicant.travelDocumentNumber", "applicant.dateOfBirth", "applicant.email", "relationship", "invitation.agency", "travelTo")),
        fields.toString());
    assertEquals(Language.EN, e.language());
    assertTrue(e.violations().get(0).message(Language.EN.locale()).length() > 5);
  }

  @Test
  void neitherCaseNorInvitationIsRefused() {
    InvalidReportException e = assertThrows(InvalidReportException.class,
        () -> VisaApplicationValidator.validate(command(null, null), Language.ES));
    assertEquals("error.visa.caseOrInvitation", e.violations().get(0).messageKey());
  }

  @Test
  void medianOfEvenAndOdd() {
    assertEquals(2.0, VisaFormat.median(List.of(3.0, 1.0, 2.0)));
    assertEquals(2.5, VisaFormat.median(List.of(4.0, 1.0, 2.0, 3.0)));
    assertNull(VisaFormat.median(List.of()));
  }
}
