package mx.gob.sre.mae.gateway.domain.model.visa;

import java.time.LocalDate;

/**
 * What a relative asks for, already checked: who travels, on what document, how they are related
 * to the missing person, the case it relates to or the invitation of a Mexican authority, and when.
 */
public record VisaApplication(
    Applicant applicant,
    String relationship,
    String missingPersonName,
    String relatedFolio,
    Invitation invitation,
    LocalDate travelFrom,
    LocalDate travelTo) {

  /** The person who will travel. Language is the one the consulate writes to them in (es, en, fr, pt). */
  public record Applicant(
      String name,
      String nationality,
      TravelDocumentType travelDocumentType,
      String travelDocumentNumber,
      LocalDate dateOfBirth,
      String email,
      String phone,
      String language) {}

  /** An invitation from a Mexican authority: its agency code (CNB, FGR:FEIDDF, CLB:MX-CHP…), reference, purpose and dates. */
  public record Invitation(String agency, String reference, String purpose, LocalDate from, LocalDate to) {}

  public VisaApplication {
    if (relatedFolio == null && invitation == null) {
      throw new IllegalArgumentException("A visa request relates to a case or to an invitation");
    }
  }
}
