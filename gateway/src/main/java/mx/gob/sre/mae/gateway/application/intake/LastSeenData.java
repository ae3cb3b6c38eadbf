package mx.gob.sre.mae.gateway.application.intake;

import jakarta.validation.constraints.Size;

/** When and where a missing person was last seen; state is an ISO 3166-2 code (MX-VER). */
public class LastSeenData {

  private String date;

  @Size(max = 300, message = "{error.tooLong}")
  private String place;

  private String state;

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }
}
