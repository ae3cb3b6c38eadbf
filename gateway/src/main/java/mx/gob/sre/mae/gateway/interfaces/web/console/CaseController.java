package mx.gob.sre.mae.gateway.interfaces.web.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import mx.gob.sre.mae.gateway.application.query.CaseDetail;
import mx.gob.sre.mae.gateway.application.query.CaseQueryService;
import mx.gob.sre.mae.gateway.application.query.ReceiptService;
import mx.gob.sre.mae.gateway.domain.model.cases.UnknownCaseException;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;
import mx.gob.sre.mae.gateway.infrastructure.security.CurrentOfficer;

/** One case of the officer's consulate, its history, and its printable receipt. */
@Named
@RequestScoped
public class CaseController {

  @Inject CaseQueryService query;
  @Inject ReceiptService receipts;
  @Inject CurrentOfficer officer;
  @Inject ConsoleSession session;
  @Inject jakarta.servlet.http.HttpServletRequest request;

  private String folio;
  private CaseDetail detail;
  private boolean notFound;

  public void load() {
    try {
      detail = query.caseFor(officer.require(), folio);
    } catch (UnknownCaseException e) {
      notFound = true;
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }
  }

  /** The receipt, with the access code if this officer registered the case in this session. */
  public void printReceipt() throws IOException {
    send(receipts.receipt(officer.require(), folio, session.codeOf(folio), MaeConfig.PUBLIC_URL.get()));
  }

  /** A new access code (the old one stops working) and the receipt that shows it. */
  public void reissueAndPrint() throws IOException {
    String code = receipts.reissueAccessCode(officer.require(), folio);
    session.remember(folio, code);
    send(receipts.receipt(officer.require(), folio, code, MaeConfig.PUBLIC_URL.get()));
  }

  public boolean isCodeAvailable() {
    return session.codeOf(folio) != null;
  }

  private void send(byte[] pdf) throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ec = faces.getExternalContext();
    ec.responseReset();
    ec.setResponseContentType("application/pdf");
    ec.setResponseContentLength(pdf.length);
    ec.setResponseHeader("Content-Disposition", "inline; filename=\"acuse-" + folio + ".pdf\"");
    ec.setResponseHeader("Cache-Control", "no-store");
    ec.getResponseOutputStream().write(pdf);
    faces.responseComplete();
  }

  public String getFolio() {
    return folio;
  }

  public void setFolio(String folio) {
    this.folio = folio;
  }

  /** The case; on a postback (no view action) it is loaded from the form's plain "folio" field. */
  public CaseDetail getDetail() {
    if (detail == null && !notFound) {
      if (folio == null) {
        folio = request.getParameter("folio");
      }
      if (folio != null) {
        load();
      }
    }
    return detail;
  }

  public boolean isNotFound() {
    return notFound;
  }
}
