package mx.gob.sre.mae.gateway.interfaces.web.publicform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import mx.gob.sre.mae.gateway.application.intake.InvalidReportException;
import mx.gob.sre.mae.gateway.application.intake.Violation;
import mx.gob.sre.mae.gateway.application.visa.VisaApplicationCommand;
import mx.gob.sre.mae.gateway.application.visa.VisaService;
import mx.gob.sre.mae.gateway.application.visa.VisaViews;
import mx.gob.sre.mae.gateway.domain.model.visa.TravelDocumentType;
import mx.gob.sre.mae.gateway.interfaces.web.common.CodeOptions;
import mx.gob.sre.mae.gateway.interfaces.web.common.LanguageSelector;
import mx.gob.sre.mae.i18n.Messages;

/**
 * The public humanitarian visa application form (works without JavaScript, in the page's language):
 * the applicant, the case (folio and its access code) or an invitation, the travel dates; on
 * success the reference and the one-time access code are shown on the same page.
 */
@Named
@ViewScoped
public class VisaFormController implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient VisaService visas;
  @Inject transient LanguageSelector language;

  private String consulate;
  private String name;
  private String nationality;
  private String travelDocumentType = TravelDocumentType.PASSPORT.name();
  private String travelDocumentNumber;
  private String dateOfBirth;
  private String email;
  private String phone;
  private String relationship;
  private String missingPersonName;
  private String folio;
  private String caseCode;
  private String invitationAgency;
  private String invitationReference;
  private String invitationPurpose;
  private String invitationFrom;
  private String invitationTo;
  private String travelFrom;
  private String travelTo;
  private VisaViews.Receipt receipt;

  public String submit() {
    VisaApplicationCommand command = new VisaApplicationCommand(language.getTag(), consulate,
        new VisaApplicationCommand.Applicant(name, nationality, travelDocumentType, travelDocumentNumber, dateOfBirth, email, phone),
        relationship, missingPersonName,
        folio == null || folio.isBlank() ? null : new VisaApplicationCommand.RelatedCase(folio, caseCode),
        new VisaApplicationCommand.Invitation(invitationAgency, invitationReference, invitationPurpose, invitationFrom, invitationTo),
        travelFrom, travelTo);
    try {
      receipt = visas.apply(command, language.getLanguage(), null);
      caseCode = null;
    } catch (InvalidReportException e) {
      show(e, language.getLocale());
    }
    return null;
  }

  /** Every problem as a page message: "Field: what is wrong", in the page's language. */
  static void show(InvalidReportException e, Locale locale) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (Violation v : e.violations()) {
      String text = v.message(locale);
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
          Messages.text(locale, "error.field") + " " + v.field() + ": " + text, text));
    }
  }

  public List<CodeOptions.Option> getTravelDocumentTypes() {
    return Arrays.stream(TravelDocumentType.values())
        .map(t -> new CodeOptions.Option(t.name(), Messages.text(language.getLocale(), "visa.travelDocumentType." + t.name())))
        .toList();
  }

  public VisaViews.Receipt getReceipt() { return receipt; }
  public String getConsulate() { return consulate; }
  public void setConsulate(String v) { consulate = v; }
  public String getName() { return name; }
  public void setName(String v) { name = v; }
  public String getNationality() { return nationality; }
  public void setNationality(String v) { nationality = v; }
  public String getTravelDocumentType() { return travelDocumentType; }
  public void setTravelDocumentType(String v) { travelDocumentType = v; }
  public String getTravelDocumentNumber() { return travelDocumentNumber; }
  public void setTravelDocumentNumber(String v) { travelDocumentNumber = v; }
  public String getDateOfBirth() { return dateOfBirth; }
  public void setDateOfBirth(String v) { dateOfBirth = v; }
  public String getEmail() { return email; }
  public void setEmail(String v) { email = v; }
  public String getPhone() { return phone; }
  public void setPhone(String v) { phone = v; }
  public String getRelationship() { return relationship; }
  public void setRelationship(String v) { relationship = v; }
  public String getMissingPersonName() { return missingPersonName; }
  public void setMissingPersonName(String v) { missingPersonName = v; }
  public String getFolio() { return folio; }
  public void setFolio(String v) { folio = v; }
  public String getCaseCode() { return caseCode; }
  public void setCaseCode(String v) { caseCode = v; }
  public String getInvitationAgency() { return invitationAgency; }
  public void setInvitationAgency(String v) { invitationAgency = v; }
  public String getInvitationReference() { return invitationReference; }
  public void setInvitationReference(String v) { invitationReference = v; }
  public String getInvitationPurpose() { return invitationPurpose; }
  public void setInvitationPurpose(String v) { invitationPurpose = v; }
  public String getInvitationFrom() { return invitationFrom; }
  public void setInvitationFrom(String v) { invitationFrom = v; }
  public String getInvitationTo() { return invitationTo; }
  public void setInvitationTo(String v) { invitationTo = v; }
  public String getTravelFrom() { return travelFrom; }
  public void setTravelFrom(String v) { travelFrom = v; }
  public String getTravelTo() { return travelTo; }
  public void setTravelTo(String v) { travelTo = v; }
}
