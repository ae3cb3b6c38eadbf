package mx.gob.sre.mae.gateway.application.authority;

import mx.gob.sre.mae.gateway.application.intake.LastSeenData;
import mx.gob.sre.mae.gateway.application.intake.MissingPersonData;
import mx.gob.sre.mae.gateway.application.intake.ReportCommand;
import mx.gob.sre.mae.gateway.application.intake.ReporterData;
import mx.gob.sre.mae.gateway.domain.model.authority.AuthorityNotification;
import mx.gob.sre.mae.gateway.domain.model.authority.ForeignAuthority;
import mx.gob.sre.mae.gateway.domain.model.authority.NotificationFacts;
import mx.gob.sre.mae.gateway.domain.model.authority.NotifiedPerson;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;

/**
 * The report a notification becomes when no case is its person: the authority is the reporter, the
 * notified person the missing person, and the account says what was notified (the notice itself
 * travels in the case's next version, see {@link NotificationReview}).
 */
final class NewCaseReport {

  private NewCaseReport() {}

  static ReportCommand of(AuthorityNotification n, Language language) {
    ForeignAuthority a = n.authority();
    ReportCommand command = new ReportCommand();
    command.setLanguage(language.tag());
    ReporterData reporter = new ReporterData();
    reporter.setName(a.name());
    reporter.setRelationship("OTHER");
    reporter.setEmail(a.contactEmails().isEmpty() ? null : a.contactEmails().get(0));
    reporter.setAddress(a.name() + " (" + a.country() + "), through consulate " + a.consulateCode());
    reporter.setCountry(a.country());
    command.setReporter(reporter);
    NotifiedPerson p = n.person();
    MissingPersonData person = new MissingPersonData();
    person.setGivenNames(p.givenNames());
    person.setFirstSurname(p.firstSurname());
    person.setSecondSurname(p.secondSurname());
    person.setSex(p.sex());
    person.setDateOfBirth(p.dateOfBirth() == null ? null : p.dateOfBirth().toString());
    person.setApproximateAge(p.approximateAge());
    person.setNationality(p.nationality());
    person.setCurp(p.curp());
    person.setLastSeen(new LastSeenData());
    command.getMissingPersons().add(person);
    command.setCircumstances(account(n, language));
    return command;
  }

  private static String account(AuthorityNotification n, Language language) {
    NotificationFacts f = n.facts();
    StringBuilder text = new StringBuilder()
        .append(n.reference().value()).append(" · ").append(n.authority().name()).append(" (").append(n.authority().country())
        .append("): ").append(Messages.text(language, "register.authorityNotice." + n.type().name()));
    append(text, f.eventDate() == null ? null : f.eventDate().toString());
    append(text, f.place());
    append(text, f.facilityName());
    append(text, f.facilityContact());
    if (n.person().documentNumber() != null) {
      append(text, n.person().documentType() + " " + n.person().documentNumber());
    }
    if (f.narrative() != null) {
      text.append("\n\n").append(f.narrative());
    }
    String account = text.toString();
    return account.length() > 20000 ? account.substring(0, 19990) + " […]" : account;
  }

  private static void append(StringBuilder text, String part) {
    if (part != null && !part.isBlank()) {
      text.append(" · ").append(part);
    }
  }
}
