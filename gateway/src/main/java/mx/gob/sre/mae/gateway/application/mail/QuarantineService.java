package mx.gob.sre.mae.gateway.application.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import mx.gob.sre.mae.gateway.application.audit.AuditActions;
import mx.gob.sre.mae.gateway.application.audit.AuditTrail;
import mx.gob.sre.mae.gateway.application.intake.AttachmentStore;
import mx.gob.sre.mae.gateway.domain.model.cases.UnknownCaseException;
import mx.gob.sre.mae.gateway.domain.model.mail.ReceivedEmail;
import mx.gob.sre.mae.gateway.domain.model.mail.ReceivedEmailRepository;
import mx.gob.sre.mae.gateway.domain.model.people.Officer;

/** Emails the intake could not read or take, for the consulate's officers to see and download. */
@ApplicationScoped
public class QuarantineService {

  /** A quarantined email as officers see it. */
  public record QuarantinedEmail(long id, String messageKey, String error, Instant receivedAt) {}

  @Inject ReceivedEmailRepository emails;
  @Inject AttachmentStore store;
  @Inject AuditTrail audit;

  public List<QuarantinedEmail> of(Officer officer) {
    List<QuarantinedEmail> list = emails.withOutcome(officer.consulateCode(), "QUARANTINED", 200).stream()
        .map(e -> new QuarantinedEmail(e.id(), e.messageKey(), e.error(), e.receivedAt()))
        .toList();
    audit.record(AuditActions.QUARANTINE_LIST, AuditTrail.CONSULATE, officer.consulateCode(), list.size() + " quarantined email(s)");
    return list;
  }

  /** The raw source of a quarantined email of the officer's consulate. */
  public byte[] raw(Officer officer, long id) {
    ReceivedEmail e = emails.find(id)
        .filter(m -> m.consulateCode().equals(officer.consulateCode()) && m.outcome().equals("QUARANTINED"))
        .orElseThrow(() -> new UnknownCaseException("email " + id));
    audit.record(AuditActions.QUARANTINED_EMAIL_DOWNLOAD, AuditTrail.EMAIL, String.valueOf(e.id()), "raw source of " + e.messageKey());
    try (InputStream in = store.open(e.rawStorageKey())) {
      return in.readAllBytes();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
