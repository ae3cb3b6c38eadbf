package mx.gob.sre.mae.gateway.application.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A missing person as reported; coded fields take codes of the i18n code lists. */
public class MissingPersonData {

  @Size(max = 200, message = "{error.tooLong}")
  private String givenNames;

  @Size(max = 200, message = "{error.tooLong}")
  private String firstSurname;

  @Size(max = 200, message = "{error.tooLong}")
  private String secondSurname;

  private String sex;

  private String dateOfBirth;

  @Min(value = 0, message = "{error.invalidAge}")
  @Max(value = 120, message = "{error.invalidAge}")
  private Integer approximateAge;

  private String nationality;

  @Pattern(regexp = "[A-Z]{4}[0-9]{6}[HMX][A-Z]{5}[0-9A-Z][0-9]", message = "{error.invalidCurp}")
  private String curp;

  private Boolean inMigration;

  @Min(value = 30, message = "{error.invalidHeight}")
  @Max(value = 250, message = "{error.invalidHeight}")
  private Integer heightCm;

  private String build;

  private String complexion;

  private String eyeColour;

  private String hairColour;

  @Size(max = 4000, message = "{error.tooLong}")
  private String description;

  @Valid
  private LastSeenData lastSeen;

  public String getGivenNames() {
    return givenNames;
  }

  public void setGivenNames(String givenNames) {
    this.givenNames = givenNames;
  }

  public String getFirstSurname() {
    return firstSurname;
  }

  public void setFirstSurname(String firstSurname) {
    this.firstSurname = firstSurname;
  }

  public String getSecondSurname() {
    return secondSurname;
  }

  public void setSecondSurname(String secondSurname) {
    this.secondSurname = secondSurname;
  }

  public String getSex() {
    return sex;
  }

  public void setSex(String sex) {
    this.sex = sex;
  }

  public String getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(String dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public Integer getApproximateAge() {
    return approximateAge;
  }

  public void setApproximateAge(Integer approximateAge) {
    this.approximateAge = approximateAge;
  }

  public String getNationality() {
    return nationality;
  }

  public void setNationality(String nationality) {
    this.nationality = nationality;
  }

  public String getCurp() {
    return curp;
  }

  /** Typed CURPs arrive in any case and with spaces; the pattern checks the normalised form. */
  public void setCurp(String curp) {
    this.curp = curp == null ? null : curp.strip().toUpperCase(java.util.Locale.ROOT);
  }

  public Boolean getInMigration() {
    return inMigration;
  }

  public void setInMigration(Boolean inMigration) {
    this.inMigration = inMigration;
  }

  public Integer getHeightCm() {
    return heightCm;
  }

  public void setHeightCm(Integer heightCm) {
    this.heightCm = heightCm;
  }

  public String getBuild() {
    return build;
  }

  public void setBuild(String build) {
    this.build = build;
  }

  public String getComplexion() {
    return complexion;
  }

  public void setComplexion(String complexion) {
    this.complexion = complexion;
  }

  public String getEyeColour() {
    return eyeColour;
  }

  public void setEyeColour(String eyeColour) {
    this.eyeColour = eyeColour;
  }

  public String getHairColour() {
    return hairColour;
  }

  public void setHairColour(String hairColour) {
    this.hairColour = hairColour;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public LastSeenData getLastSeen() {
    return lastSeen;
  }

  public void setLastSeen(LastSeenData lastSeen) {
    this.lastSeen = lastSeen;
  }
}
