package mx.gob.sre.mae.gateway.application.routing;

import mx.gob.sre.mae.gateway.domain.model.cases.CaseContent;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseVersionRecorded;
import mx.gob.sre.mae.routes.canonical.CanonicalCase;

/** Domain event → the canonical message routes see. A withheld or anonymous reporter leaves no identity. */
public final class CanonicalCaseMapper {

  private CanonicalCaseMapper() {}

  public static CanonicalCase toCanonical(CaseVersionRecorded e) {
    CaseContent c = e.content();
    return new CanonicalCase(
        CanonicalCase.SCHEMA_VERSION,
        e.folio().value(),
        e.version(),
        e.channel().name(),
        e.consulateCode(),
        e.originalLanguage(),
        e.recordedAt(),
        reporter(c.reporter()),
        c.missingPersons().stream().map(CanonicalCaseMapper::person).toList(),
        c.circumstances(),
        c.publicOfficialInvolvementSuspected(),
        c.allegedPerpetrators().stream().map(p -> new CanonicalCase.Party(p.name(), p.details())).toList(),
        c.witnesses().stream().map(p -> new CanonicalCase.Party(p.name(), p.details())).toList(),
        e.attachments().stream()
            .map(a -> new CanonicalCase.AttachmentRef(a.fileName(), a.mediaType(), a.size(), a.sha256()))
            .toList(),
        e.translations().values().stream().collect(java.util.stream.Collectors.toMap(
            mx.gob.sre.mae.gateway.domain.model.cases.Translation::field,
            t -> new CanonicalCase.Translation(t.text(), t.translatedBy(), t.translatedAt(), t.fromLanguage()))),
        e.notices().stream().map(CanonicalCaseMapper::notice).toList());
  }

  static CanonicalCase.AuthorityNotice notice(mx.gob.sre.mae.gateway.domain.model.cases.AuthorityNotice n) {
    return new CanonicalCase.AuthorityNotice(n.reference(), n.type(), n.eventDate(), n.place(), n.country(), n.authorityName(),
        n.authorityCountry(), n.authorityKind(), n.facilityName(), n.facilityContact(), n.narrative(), n.confirmedBy(), n.confirmedAt());
  }

  static CanonicalCase.Reporter reporter(CaseContent.Reporter r) {
    if (!r.mode().forwardsIdentity()) {
      return CanonicalCase.Reporter.withoutIdentity(r.mode().name());
    }
    return new CanonicalCase.Reporter(r.mode().name(), r.name(), r.relationship(), r.email(), r.phone(), r.address(), r.country());
  }

  static CanonicalCase.MissingPerson person(CaseContent.Person p) {
    return new CanonicalCase.MissingPerson(
        p.givenNames(), p.firstSurname(), p.secondSurname(), p.sex(), p.dateOfBirth(), p.approximateAge(),
        p.nationality(), p.curp(), p.inMigration(), p.lastSeenDate(), p.lastSeenPlace(), p.lastSeenState(),
        p.description());
  }
}
