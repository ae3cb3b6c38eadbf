package mx.gob.sre.mae.gateway.application.authority;

import java.util.List;

/**
 * A notification as a foreign authority sends it ({@code POST /api/v1/authority-notifications}):
 * the type, its own reference (the same reference again is the same notification), the person, when
 * and where, the facility and its contact, its account, and documents (base64).
 */
public record NotificationCommand(String type, String reference, Person person, String eventDate, String place, String country,
    Facility facility, String narrative, List<Attachment> attachments) {

  /** The person as the authority identified them; documents are passports, consular IDs, CURP… */
  public record Person(String givenNames, String firstSurname, String secondSurname, String sex, String dateOfBirth,
      Integer approximateAge, String nationality, String curp, List<Document> documents) {}

  public record Document(String type, String number) {}

  public record Facility(String name, String contact) {}

  public record Attachment(String fileName, String contentBase64) {}
}
