package mx.gob.sre.mae.gateway.application.phone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import mx.gob.sre.mae.gateway.application.notify.FamilyMessageAdministration;
import mx.gob.sre.mae.gateway.domain.model.people.Officer;
import mx.gob.sre.mae.gateway.domain.model.phone.PhoneCall;
import mx.gob.sre.mae.gateway.domain.model.phone.PhoneMessage;
import mx.gob.sre.mae.gateway.domain.model.phone.PhoneRepository;

/**
 * The phone line as a consulate's officers see it, scoped to their consulate: callers waiting to be
 * called back (a task an officer closes), the latest messages received, and what was sent to
 * families (in the embedded default, this is where the SMS sandbox's outbound messages are read).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PhoneConsole {

  /** A caller who asked to be called back. */
  public record Callback(String callSid, String from, String language, String folio, Integer recordingSeconds,
      String recordingSha256, Instant calledAt) {}

  /** A message received on one of the consulate's numbers, with the reply it got. */
  public record Received(String channel, String from, String body, String reply, String outcome, String folio, Instant receivedAt) {}

  @Inject PhoneRepository phones;
  @Inject FamilyMessageAdministration familyMessages;

  private final Clock clock = Clock.systemUTC();

  public List<Callback> callbacks(Officer officer) {
    return phones.callbacksDue(officer.consulateCode()).stream()
        .map(c -> new Callback(c.callSid(), c.fromAddress(), c.language(), c.folio(), c.recordingSeconds(), c.recordingSha256(),
            c.createdAt()))
        .toList();
  }

  /** Closes a callback task; a call of another consulate is not found. */
  @Transactional
  public void calledBack(Officer officer, String callSid) {
    PhoneCall call = phones.call(callSid).filter(c -> c.consulateCode().equals(officer.consulateCode()))
        .orElseThrow(() -> new VoiceService.UnknownCallException(callSid));
    if (call.callbackDoneAt() == null) {
      call.calledBack(officer.username(), clock.instant());
    }
  }

  public List<Received> received(Officer officer, int limit) {
    return phones.recentMessages(officer.consulateCode(), limit).stream().map(PhoneConsole::received).toList();
  }

  public List<FamilyMessageAdministration.FamilyMessageView> sentToFamilies(Officer officer, int limit) {
    return familyMessages.ofConsulate(officer.consulateCode(), limit);
  }

  private static Received received(PhoneMessage m) {
    return new Received(m.channel(), m.fromAddress(), m.body(), m.reply(), m.outcome(), m.folio(), m.receivedAt());
  }
}
