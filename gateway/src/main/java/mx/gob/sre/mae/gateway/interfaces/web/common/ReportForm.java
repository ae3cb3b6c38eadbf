package mx.gob.sre.mae.gateway.interfaces.web.common;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mx.gob.sre.mae.gateway.application.intake.InvalidReportException;
import mx.gob.sre.mae.gateway.application.intake.LastSeenData;
import mx.gob.sre.mae.gateway.application.intake.MissingPersonData;
import mx.gob.sre.mae.gateway.application.intake.PartyData;
import mx.gob.sre.mae.gateway.application.intake.ReportCommand;
import mx.gob.sre.mae.gateway.application.intake.ReporterData;
import mx.gob.sre.mae.gateway.application.intake.UploadedFile;
import mx.gob.sre.mae.gateway.application.intake.Violation;
import mx.gob.sre.mae.i18n.Messages;

/**
 * The state of a report form (public or walk-in): one missing person, the reporter with a mode,
 * one photo or document. Turns itself into a {@link ReportCommand} and shows violations next to
 * their fields.
 */
public class ReportForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Violation field (without list indexes) → id of the input and label key of the page. */
  private static final Map<String, String[]> FIELDS =
      Map.ofEntries(
          Map.entry("reporter", new String[] {"reporterMode", "form.reporterMode"}),
          Map.entry("reporter.name", new String[] {"reporterName", "form.reporter.name"}),
          Map.entry("reporter.email", new String[] {"reporterEmail", "form.reporter.email"}),
          Map.entry("reporter.phone", new String[] {"reporterPhone", "form.reporter.phone"}),
          Map.entry("reporter.address", new String[] {"reporterAddress", "form.reporter.address"}),
          Map.entry("reporter.relationship", new String[] {"reporterRelationship", "form.reporter.relationship"}),
          Map.entry("reporter.country", new String[] {"reporterCountry", "form.reporter.country"}),
          Map.entry("missingPersons.givenNames", new String[] {"givenNames", "form.person.givenNames"}),
          Map.entry("missingPersons.firstSurname", new String[] {"firstSurname", "form.person.firstSurname"}),
          Map.entry("missingPersons.secondSurname", new String[] {"secondSurname", "form.person.secondSurname"}),
          Map.entry("missingPersons.dateOfBirth", new String[] {"dateOfBirth", "form.person.dateOfBirth"}),
          Map.entry("missingPersons.approximateAge", new String[] {"approximateAge", "form.person.approximateAge"}),
          Map.entry("missingPersons.curp", new String[] {"curp", "form.person.curp"}),
          Map.entry("missingPersons.heightCm", new String[] {"heightCm", "form.person.heightCm"}),
          Map.entry("missingPersons.description", new String[] {"description", "form.person.description"}),
          Map.entry("missingPersons.lastSeen.date", new String[] {"lastSeenDate", "form.lastSeen.date"}),
          Map.entry("missingPersons.lastSeen.place", new String[] {"lastSeenPlace", "form.lastSeen.place"}),
          Map.entry("circumstances", new String[] {"circumstances", "form.facts.circumstances"}),
          Map.entry("consulate", new String[] {"consulate", "form.consulate"}),
          Map.entry("attachments", new String[] {"attachment", "form.attachment"}));

  private final ReportCommand report;
  private String reporterMode = "IDENTIFIED";
  private transient Part attachment;

  public ReportForm() {
    this(new ReportCommand());
  }

  /** A form showing an existing report (to correct or complete it); the form edits its first person. */
  public ReportForm(ReportCommand existing) {
    report = existing;
    if (report.getReporter() == null) {
      report.setReporter(new ReporterData());
    }
    if (report.getMissingPersons().isEmpty()) {
      report.getMissingPersons().add(new MissingPersonData());
    }
    if (getPerson().getLastSeen() == null) {
      getPerson().setLastSeen(new LastSeenData());
    }
    if (report.getAllegedPerpetrators().isEmpty()) {
      report.getAllegedPerpetrators().add(new PartyData());
    }
    if (report.getWitnesses().isEmpty()) {
      report.getWitnesses().add(new PartyData());
    }
    if (Boolean.TRUE.equals(report.getReporter().getAnonymous())) {
      reporterMode = "ANONYMOUS";
    } else if (Boolean.TRUE.equals(report.getReporter().getIdentityWithheld())) {
      reporterMode = "WITHHELD";
    }
  }

  public ReportCommand getReport() {
    return report;
  }

  public MissingPersonData getPerson() {
    return report.getMissingPersons().get(0);
  }

  public String getReporterMode() {
    return reporterMode;
  }

  public void setReporterMode(String reporterMode) {
    this.reporterMode = reporterMode;
  }

  public Part getAttachment() {
    return attachment;
  }

  public void setAttachment(Part attachment) {
    this.attachment = attachment;
  }

  /** The command for the intake, with the reporter mode applied. */
  public ReportCommand command() {
    ReporterData reporter = report.getReporter();
    reporter.setAnonymous("ANONYMOUS".equals(reporterMode));
    reporter.setIdentityWithheld("WITHHELD".equals(reporterMode));
    return report;
  }

  /** The uploaded file, if any; a file over {@code maxBytes} is read only up to one byte past it. */
  public List<UploadedFile> files(long maxBytes) {
    List<UploadedFile> files = new ArrayList<>();
    if (attachment != null && attachment.getSize() > 0) {
      try (InputStream in = attachment.getInputStream()) {
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        files.add(new UploadedFile(attachment.getSubmittedFileName(), content));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  /** Shows each violation next to its field (when the form has it) and in the summary. */
  public static void show(InvalidReportException e, String formId, Locale locale) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (Violation v : e.violations()) {
      String path = v.field().replaceAll("\\[\\d+]", "");
      String[] field = FIELDS.get(path);
      String label = field == null ? Messages.text(locale, "error.field") + " " + v.field()
          : "form.attachment".equals(field[1])
              ? Messages.text(locale, field[1], mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig.MAX_UPLOAD_MB.get())
              : Messages.text(locale, field[1]);
      String clientId = field == null ? null : (formId == null ? field[0] : formId + ":" + field[0]);
      String text = v.message(locale);
      faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, label + ": " + text, text));
    }
  }
}
