package mx.gob.sre.mae.gateway.application.visa;

/**
 * A humanitarian visa application as it arrives (JSON body or web form), not yet checked: dates as
 * ISO text, codes as typed. {@link VisaApplicationValidator} turns it into the domain's application.
 */
public record VisaApplicationCommand(
    String language,
    String consulate,
    Applicant applicant,
    String relationship,
    String missingPersonName,
    RelatedCase relatedCase,
    Invitation invitation,
    String travelFrom,
    String travelTo) {

  /** The person who will travel. */
  public record Applicant(
      String name, String nationality, String travelDocumentType, String travelDocumentNumber, String dateOfBirth,
      String email, String phone) {}

  /** The case the request relates to, proved with the case's own access code. */
  public record RelatedCase(String folio, String accessCode) {}

  /** An invitation from a Mexican authority. */
  public record Invitation(String agency, String reference, String purpose, String from, String to) {}
}
