package mx.gob.sre.mae.gateway.interfaces.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import mx.gob.sre.mae.gateway.application.intake.InvalidReportException;
import mx.gob.sre.mae.gateway.application.intake.UploadedFile;
import mx.gob.sre.mae.gateway.application.support.AssignmentNotAllowedException;
import mx.gob.sre.mae.gateway.application.support.SupportConsoleService;
import mx.gob.sre.mae.gateway.application.support.SupportViews;
import mx.gob.sre.mae.gateway.domain.model.people.Officer;
import mx.gob.sre.mae.gateway.domain.model.support.SupportStateException;
import mx.gob.sre.mae.gateway.domain.model.support.UnknownSupportRequestException;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;
import mx.gob.sre.mae.gateway.infrastructure.security.CurrentOfficer;
import mx.gob.sre.mae.gateway.infrastructure.security.Roles;
import mx.gob.sre.mae.gateway.infrastructure.security.StaffDirectory;
import mx.gob.sre.mae.gateway.interfaces.web.common.LanguageSelector;
import mx.gob.sre.mae.gateway.interfaces.web.common.PageMessages;

/**
 * The console's support requests page: requests addressed to the officer's consulate with their
 * history, results and receipt; assign, record what was done, attach a result file, close.
 */
@Named
@RequestScoped
public class SupportConsoleController {

  static final int SHOWN = 50;

  @Inject SupportConsoleService support;
  @Inject CurrentOfficer officer;
  @Inject StaffDirectory staff;
  @Inject LanguageSelector language;

  private List<SupportViews.Detail> requests;
  private String reference;
  private String assignee;
  private String action;
  private String outcome;
  private String summary;
  private transient Part file;

  public List<SupportViews.Detail> getRequests() {
    if (requests == null) {
      Officer o = officer.require();
      requests = support.list(o, 0, SHOWN, language.getLanguage()).stream()
          .map(s -> support.detail(o, s.reference(), language.getLanguage())).toList();
    }
    return requests;
  }

  public boolean isSupervisor() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.SUPERVISOR);
  }

  public String assign() {
    Optional<Officer> account = assignee == null || assignee.isBlank() ? Optional.empty() : staff.officer(assignee.strip());
    return act(o -> support.assign(o, isSupervisor(), reference, assignee, account, language.getLanguage()));
  }

  public String recordAction() {
    return act(o -> support.recordAction(o, reference, action, language.getLanguage()));
  }

  public String attach() {
    return act(o -> support.attach(o, reference, uploaded(), language.getLanguage()));
  }

  public String close() {
    return act(o -> support.close(o, reference, outcome, summary, language.getLanguage()));
  }

  /** Runs one change; a refusal becomes a message in the page's language, the page stays. */
  private String act(Consumer<Officer> change) {
    try {
      change.accept(officer.require());
      PageMessages.info(language.getLocale(), "support.done");
      requests = null;
    } catch (InvalidReportException e) {
      PageMessages.problems(language.getLocale(), e, "support.");
    } catch (SupportStateException e) {
      PageMessages.error(language.getLocale(), "error.support.state");
    } catch (AssignmentNotAllowedException e) {
      PageMessages.error(language.getLocale(), "error.support.assignSelf");
    } catch (UnknownSupportRequestException e) {
      PageMessages.error(language.getLocale(), "error.notFound");
    }
    return null;
  }

  private UploadedFile uploaded() {
    if (file == null || file.getSize() == 0) {
      return new UploadedFile(null, new byte[0]);
    }
    long max = MaeConfig.MAX_UPLOAD_MB.getInt() * 1024L * 1024L;
    try (InputStream in = file.getInputStream()) {
      return new UploadedFile(file.getSubmittedFileName(), in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String getReference() { return reference; }
  public void setReference(String reference) { this.reference = reference; }
  public String getAssignee() { return assignee; }
  public void setAssignee(String assignee) { this.assignee = assignee; }
  public String getAction() { return action; }
  public void setAction(String action) { this.action = action; }
  public String getOutcome() { return outcome; }
  public void setOutcome(String outcome) { this.outcome = outcome; }
  public String getSummary() { return summary; }
  public void setSummary(String summary) { this.summary = summary; }
  public Part getFile() { return file; }
  public void setFile(Part file) { this.file = file; }
}
