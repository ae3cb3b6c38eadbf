package mx.gob.sre.mae.gateway.application.intake;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** Who reports: anonymous, identity withheld (kept by the consulate only), or identified. */
public class ReporterData {

  private Boolean anonymous;

  private Boolean identityWithheld;

  @Size(max = 300, message = "{error.tooLong}")
  private String name;

  private String relationship;

  @Email(message = "{error.invalidEmail}")
  @Size(max = 320, message = "{error.tooLong}")
  private String email;

  @jakarta.validation.constraints.Pattern(regexp = "\\+?[0-9 ()./-]{6,24}", message = "{error.invalidPhone}")
  private String phone;

  @Size(max = 500, message = "{error.tooLong}")
  private String address;

  private String country;

  public Boolean getAnonymous() {
    return anonymous;
  }

  public void setAnonymous(Boolean anonymous) {
    this.anonymous = anonymous;
  }

  public Boolean getIdentityWithheld() {
    return identityWithheld;
  }

  public void setIdentityWithheld(Boolean identityWithheld) {
    this.identityWithheld = identityWithheld;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getRelationship() {
    return relationship;
  }

  public void setRelationship(String relationship) {
    this.relationship = relationship;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email == null ? null : email.strip();
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone == null ? null : phone.strip();
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }
}
