package mx.gob.sre.mae.gateway.interfaces.web.common;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import mx.gob.sre.mae.gateway.infrastructure.security.Roles;
import mx.gob.sre.mae.i18n.Messages;

/** Staff sign-in and sign-out for the console. */
@Named
@RequestScoped
public class LoginController {

  @Inject SecurityContext security;
  @Inject LanguageSelector language;

  private String username;
  private String password;
  private String next;

  public String login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ec = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    HttpServletResponse response = (HttpServletResponse) ec.getResponse();
    AuthenticationStatus status = security.authenticate(request, response,
        AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(username, password)).newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      request.changeSessionId();
      ec.redirect(ec.getRequestContextPath() + safeNext(home()));
      faces.responseComplete();
      return null;
    }
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(language.getLocale(), "console.login.failed"), null));
    if (status == AuthenticationStatus.SEND_FAILURE) {
      response.setStatus(HttpServletResponse.SC_OK);
    }
    return null;
  }

  public void logout() throws IOException, ServletException {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) ec.getRequest()).logout();
    ec.invalidateSession();
    ec.redirect(ec.getRequestContextPath() + "/");
  }

  /** Only a local path may follow the login (no open redirect); otherwise the user's home page. */
  String safeNext(String home) {
    if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")) {
      return next;
    }
    return home;
  }

  private String home() {
    return Roles.homePage(security::isCallerInRole);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }
}
