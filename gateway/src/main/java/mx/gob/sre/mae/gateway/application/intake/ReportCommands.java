package mx.gob.sre.mae.gateway.application.intake;

import mx.gob.sre.mae.gateway.domain.model.cases.CaseContent;
import mx.gob.sre.mae.gateway.domain.model.cases.ReporterMode;

/** A case version's content as an editable report (to correct or complete it in a form). */
public final class ReportCommands {

  private ReportCommands() {}

  public static ReportCommand of(CaseContent content, String language) {
    ReportCommand command = new ReportCommand();
    command.setLanguage(language);
    CaseContent.Reporter r = content.reporter();
    ReporterData reporter = new ReporterData();
    reporter.setAnonymous(r.mode() == ReporterMode.ANONYMOUS);
    reporter.setIdentityWithheld(r.mode() == ReporterMode.WITHHELD);
    reporter.setName(r.name());
    reporter.setRelationship(r.relationship());
    reporter.setEmail(r.email());
    reporter.setPhone(r.phone());
    reporter.setAddress(r.address());
    reporter.setCountry(r.country());
    command.setReporter(reporter);
    for (CaseContent.Person p : content.missingPersons()) {
      MissingPersonData d = new MissingPersonData();
      d.setGivenNames(p.givenNames());
      d.setFirstSurname(p.firstSurname());
      d.setSecondSurname(p.secondSurname());
      d.setSex(p.sex());
      d.setDateOfBirth(p.dateOfBirth() == null ? null : p.dateOfBirth().toString());
      d.setApproximateAge(p.approximateAge());
      d.setNationality(p.nationality());
      d.setCurp(p.curp());
      d.setInMigration(p.inMigration());
      d.setHeightCm(p.heightCm());
      d.setBuild(p.build());
      d.setComplexion(p.complexion());
      d.setEyeColour(p.eyeColour());
      d.setHairColour(p.hairColour());
      d.setDescription(p.description());
      LastSeenData seen = new LastSeenData();
      seen.setDate(p.lastSeenDate() == null ? null : p.lastSeenDate().toString());
      seen.setPlace(p.lastSeenPlace());
      seen.setState(p.lastSeenState());
      d.setLastSeen(seen);
      command.getMissingPersons().add(d);
    }
    command.setCircumstances(content.circumstances());
    content.allegedPerpetrators().forEach(p -> command.getAllegedPerpetrators().add(party(p)));
    content.witnesses().forEach(p -> command.getWitnesses().add(party(p)));
    command.setPublicOfficialInvolvementSuspected(content.publicOfficialInvolvementSuspected());
    return command;
  }

  private static PartyData party(CaseContent.Party p) {
    PartyData d = new PartyData();
    d.setName(p.name());
    d.setDetails(p.details());
    return d;
  }
}
