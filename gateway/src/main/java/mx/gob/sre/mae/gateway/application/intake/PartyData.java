package mx.gob.sre.mae.gateway.application.intake;

import jakarta.validation.constraints.Size;

/** Someone named as allegedly responsible or as a witness. */
public class PartyData {

  @Size(max = 300, message = "{error.tooLong}")
  private String name;

  @Size(max = 2000, message = "{error.tooLong}")
  private String details;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDetails() {
    return details;
  }

  public void setDetails(String details) {
    this.details = details;
  }
}
