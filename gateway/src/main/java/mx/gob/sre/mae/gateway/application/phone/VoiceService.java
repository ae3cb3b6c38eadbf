package mx.gob.sre.mae.gateway.application.phone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.sre.mae.gateway.application.intake.AttachmentStore;
import mx.gob.sre.mae.gateway.application.intake.CaseAdditions;
import mx.gob.sre.mae.gateway.application.intake.IntakeContext;
import mx.gob.sre.mae.gateway.application.intake.IntakeReceipt;
import mx.gob.sre.mae.gateway.application.intake.IntakeService;
import mx.gob.sre.mae.gateway.application.intake.LastSeenData;
import mx.gob.sre.mae.gateway.application.intake.MissingPersonData;
import mx.gob.sre.mae.gateway.application.intake.ReportCommand;
import mx.gob.sre.mae.gateway.application.intake.ReporterData;
import mx.gob.sre.mae.gateway.application.notify.FamilyNotifier;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseRepository;
import mx.gob.sre.mae.gateway.domain.model.cases.Channel;
import mx.gob.sre.mae.gateway.domain.model.cases.Folio;
import mx.gob.sre.mae.gateway.domain.model.cases.StoredFile;
import mx.gob.sre.mae.gateway.domain.model.phone.PhoneCall;
import mx.gob.sre.mae.gateway.domain.model.phone.PhoneRepository;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;

/**
 * The 24/7 voice line: a menu in four languages, a recorded message, the folio and access code read
 * out (and sent by text), and a callback question. The case is made as soon as the message is
 * recorded, so a caller who hangs up loses nothing; the audio is fetched afterwards and attached by
 * SHA-256. Each step is keyed on the call's id: a webhook the provider retries changes nothing.
 */
@ApplicationScoped
public class VoiceService {

  private static final Logger LOG = Logger.getLogger(VoiceService.class.getName());
  static final int MAX_RECORDING_SECONDS = 300;
  private static final List<Language> MENU = List.of(Language.ES, Language.EN, Language.FR, Language.PT);

  @Inject PhoneRepository phones;
  @Inject PhoneLines lines;
  @Inject IntakeService intake;
  @Inject CaseRepository cases;
  @Inject CaseAdditions additions;
  @Inject FamilyNotifier notifier;
  @Inject AttachmentStore store;
  @Inject VoiceRecordings recordings;

  private final Clock clock = Clock.systemUTC();

  /** A call comes in: the language menu, each choice said in its own language; no key press means Spanish. */
  @Transactional
  public VoiceScript incoming(String callSid, String from, String to) {
    String consulate = lines.consulateOf(to).orElseThrow(() -> new UnknownLineException(to));
    if (phones.call(callSid).isEmpty()) {
      phones.add(new PhoneCall(callSid, PhoneLines.normalise(from), PhoneLines.normalise(to), consulate, clock.instant()));
    }
    List<VoiceScript.Prompt> menu = new ArrayList<>();
    for (int i = 0; i < MENU.size(); i++) {
      menu.add(new VoiceScript.Prompt(MENU.get(i).tag(), Messages.text(MENU.get(i), "voice.menu.choice", i + 1)));
    }
    return new VoiceScript(menu, new VoiceScript.Gather(url("language"), 1, 6), null, url("language"), false);
  }

  /** The caller chose a language: what to say after the tone, then record. */
  @Transactional
  public VoiceScript languageChosen(String callSid, String digits) {
    PhoneCall call = call(callSid);
    Language language = choice(digits);
    call.chooseLanguage(language.tag(), clock.instant());
    return new VoiceScript(List.of(say(language, "voice.welcome")), null,
        new VoiceScript.Record(url("recorded"), MAX_RECORDING_SECONDS, url("recording-status")), null, false);
  }

  /**
   * The message is recorded: the case is made now (preliminary, forwarded at once), the folio and
   * access code are read out and queued by text, and the caller is asked about a callback.
   */
  @Transactional
  public VoiceScript recorded(String callSid, String recordingSid, String recordingUrl, Integer seconds) {
    PhoneCall call = call(callSid);
    Language language = Language.fromTag(call.language()).orElse(Language.ES);
    VoiceScript.Gather callbackQuestion = new VoiceScript.Gather(url("callback"), 1, 8);
    if (call.folio() != null) {
      return new VoiceScript(List.of(say(language, "voice.callback")), callbackQuestion, null, url("callback"), false);
    }
    if (recordingUrl == null || recordingUrl.isBlank() || seconds == null || seconds < 1) {
      return new VoiceScript(List.of(say(language, "voice.noRecording")), null, null, null, true);
    }
    IntakeReceipt receipt = intake.file(command(call, language, seconds),
        new IntakeContext(Channel.PHONE, call.consulateCode(), "phone", language, true), List.of());
    String folio = receipt.folio().value();
    call.recorded(recordingSid, recordingUrl, seconds, folio, clock.instant());
    notifier.acknowledge(call.consulateCode(), folio, "SMS", call.fromAddress(), language, receipt.accessCode());
    return new VoiceScript(List.of(
        new VoiceScript.Prompt(language.tag(), Messages.text(language, "voice.folio", spelled(folio), spelled(receipt.accessCode()))),
        say(language, "voice.callback")), callbackQuestion, null, url("callback"), false);
  }

  /** The caller answered the callback question (1 yes, anything else no); the call ends. */
  @Transactional
  public VoiceScript callbackAnswered(String callSid, String digits) {
    PhoneCall call = call(callSid);
    call.answerCallback("1".equals(digits), clock.instant());
    Language language = Language.fromTag(call.language()).orElse(Language.ES);
    return new VoiceScript(List.of(say(language, "voice.goodbye")), null, null, null, true);
  }

  /** The provider reports the recording complete (it may arrive before or after the caller's last key press). */
  @Transactional
  public void recordingCompleted(String callSid, String recordingSid, String recordingUrl, Integer seconds) {
    Optional<PhoneCall> call = phones.call(callSid);
    if (call.isPresent() && call.get().folio() == null && recordingUrl != null) {
      recorded(callSid, recordingSid, recordingUrl, seconds);
    }
  }

  /** Fetches and attaches one awaiting recording; false when it could not be fetched now (tried again later). */
  @Transactional
  public boolean storeRecording(String callSid) {
    PhoneCall call = call(callSid);
    if (call.status() != PhoneCall.Status.RECORDED) {
      return true;
    }
    VoiceRecordings.Recording audio;
    try {
      audio = recordings.fetch(call.recordingUrl());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Recording of call " + callSid + " (" + call.folio() + ") not fetched yet: " + e.getMessage());
      return false;
    }
    StoredFile file = store.store(audio.audio(), audio.mediaType());
    String name = "call-" + callSid + (audio.mediaType().contains("wav") ? ".wav" : ".mp3");
    cases.find(Folio.parse(call.folio())).ifPresent(c -> additions.attach(c, file, name, "phone", call.fromAddress(),
        "call recording stored", Messages.text(Language.ES, "voice.recordingStored", name, file.sha256())));
    call.stored(file.sha256(), file.storageKey(), clock.instant());
    return true;
  }

  /** Call ids whose recording is still to be fetched. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<String> awaitingRecording(int limit) {
    return phones.awaitingRecording(limit).stream().map(PhoneCall::callSid).toList();
  }

  private ReportCommand command(PhoneCall call, Language language, int seconds) {
    ReportCommand command = new ReportCommand();
    command.setLanguage(language.tag());
    ReporterData reporter = new ReporterData();
    reporter.setName(call.fromAddress());
    reporter.setPhone(call.fromAddress());
    command.setReporter(reporter);
    MissingPersonData person = new MissingPersonData();
    person.setLastSeen(new LastSeenData());
    command.getMissingPersons().add(person);
    command.setCircumstances(Messages.text(language, "voice.recordingNote", seconds, call.fromAddress()));
    return command;
  }

  private PhoneCall call(String callSid) {
    return phones.call(callSid).orElseThrow(() -> new UnknownCallException(callSid));
  }

  private static Language choice(String digits) {
    if (digits != null && digits.length() == 1 && digits.charAt(0) >= '1' && digits.charAt(0) <= '4') {
      return MENU.get(digits.charAt(0) - '1');
    }
    return Language.ES;
  }

  private static VoiceScript.Prompt say(Language language, String key) {
    return new VoiceScript.Prompt(language.tag(), Messages.text(language, key));
  }

  /** A code read out one character at a time, so a synthetic voice does not read "2026" as a number. */
  static String spelled(String code) {
    StringBuilder out = new StringBuilder();
    for (char c : code.toCharArray()) {
      if (c == '-') {
        out.append(". ");
      } else {
        out.append(c).append(' ');
      }
    }
    return out.toString().strip();
  }

  private static String url(String step) {
    return MaeConfig.PUBLIC_URL.get() + "/api/twilio/voice/" + step;
  }

  /** A voice webhook for a call this gateway never answered. */
  public static class UnknownCallException extends RuntimeException {
    public UnknownCallException(String callSid) {
      super("Unknown call " + callSid);
    }
  }
}
