package mx.gob.sre.mae.gateway.application.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** A report as any channel hands it to the intake: the public API body, the web form and the officer's walk-in form bind to it. Dates are ISO text so an impossible date gets a precise message. */
public class ReportCommand {

  private String language;

  @Size(max = 16, message = "{error.tooLong}")
  private String consulate;

  @Valid
  private ReporterData reporter;

  @NotNull(message = "{error.missingPersonRequired}")
  @Size(min = 1, max = 20, message = "{error.missingPersonRequired}")
  private List<@Valid MissingPersonData> missingPersons = new ArrayList<>();

  @Size(max = 20000, message = "{error.tooLong}")
  private String circumstances;

  @Size(max = 50, message = "{error.tooLong}")
  private List<@Valid PartyData> allegedPerpetrators = new ArrayList<>();

  @Size(max = 50, message = "{error.tooLong}")
  private List<@Valid PartyData> witnesses = new ArrayList<>();

  private Boolean publicOfficialInvolvementSuspected;

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getConsulate() {
    return consulate;
  }

  public void setConsulate(String consulate) {
    this.consulate = consulate;
  }

  public ReporterData getReporter() {
    return reporter;
  }

  public void setReporter(ReporterData reporter) {
    this.reporter = reporter;
  }

  public List<MissingPersonData> getMissingPersons() {
    return missingPersons;
  }

  public void setMissingPersons(List<MissingPersonData> missingPersons) {
    this.missingPersons = missingPersons == null ? new ArrayList<>() : missingPersons;
  }

  public String getCircumstances() {
    return circumstances;
  }

  public void setCircumstances(String circumstances) {
    this.circumstances = circumstances;
  }

  public List<PartyData> getAllegedPerpetrators() {
    return allegedPerpetrators;
  }

  public void setAllegedPerpetrators(List<PartyData> allegedPerpetrators) {
    this.allegedPerpetrators = allegedPerpetrators == null ? new ArrayList<>() : allegedPerpetrators;
  }

  public List<PartyData> getWitnesses() {
    return witnesses;
  }

  public void setWitnesses(List<PartyData> witnesses) {
    this.witnesses = witnesses == null ? new ArrayList<>() : witnesses;
  }

  public Boolean getPublicOfficialInvolvementSuspected() {
    return publicOfficialInvolvementSuspected;
  }

  public void setPublicOfficialInvolvementSuspected(Boolean publicOfficialInvolvementSuspected) {
    this.publicOfficialInvolvementSuspected = publicOfficialInvolvementSuspected;
  }
}
