package mx.gob.sre.mae.gateway.application.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Base64;
import java.util.List;
import mx.gob.sre.mae.gateway.application.intake.InvalidReportException;
import mx.gob.sre.mae.gateway.application.intake.Violation;
import mx.gob.sre.mae.gateway.domain.model.authority.NotificationType;
import mx.gob.sre.mae.i18n.Language;
import org.junit.jupiter.api.Test;

class NotificationValidatorTest {

  static NotificationCommand.Person person(String given, String curp) {
    return new NotificationCommand.Person(given, "Hernández", null, "m", "1998-04-12", null, "mx", curp,
        List.of(new NotificationCommand.Document("passport", "G1234567")));
  }

  @Test
  void acceptsAWellFormedNotificationAndNormalisesCodes() {
    NotificationValidator.Valid v = NotificationValidator.validate(new NotificationCommand("deceased", " ME-1 ", person("José", null),
        "2026-10-20", "Otay Mesa", "us", new NotificationCommand.Facility("Morgue", "+1619"), "Found.",
        List.of(new NotificationCommand.Attachment("a.pdf", Base64.getEncoder().encodeToString(new byte[] {1, 2})))), Language.EN);
    assertEquals(NotificationType.DECEASED, v.type());
    assertEquals("ME-1", v.reference());
    assertEquals("M", v.person().sex());
    assertEquals("MX", v.person().nationality());
    assertEquals("PASSPORT", v.person().documentType());
    assertEquals("US", v.facts().country());
    assertEquals(1, v.files().size());
  }

  @Test
  void listsEveryProblemInTheCallersLanguage() {
    InvalidReportException e = assertThrows(InvalidReportException.class, () -> NotificationValidator.validate(
        new NotificationCommand("UNKNOWN", null, new NotificationCommand.Person(null, null, null, "Q", "12/04/1998", 200, "Mexico", "BAD",
            null), "tomorrow", null, "ZZ", null, null, List.of(new NotificationCommand.Attachment("x", "%%%"))), Language.FR));
    List<String> fields = e.violations().stream().map(Violation::field).toList();
    assertEquals(List.of("type", "reference", "person.sex", "person.approximateAge", "person.curp", "person.dateOfBirth",
        "person.nationality", "person", "eventDate", "country", "attachments[0]"), fields);
    assertEquals(Language.FR, e.language());
  }

  @Test
  void aCurpGivenAsADocumentCountsAsTheCurp() {
    NotificationValidator.Valid v = NotificationValidator.validate(new NotificationCommand("LOCATED_ALIVE", "R-2",
        new NotificationCommand.Person(null, null, null, null, null, null, null, null,
            List.of(new NotificationCommand.Document("CURP", "hela980412hvzrpr09"))), null, null, null, null, null, null), Language.ES);
    assertEquals("HELA980412HVZRPR09", v.person().curp());
  }
}
