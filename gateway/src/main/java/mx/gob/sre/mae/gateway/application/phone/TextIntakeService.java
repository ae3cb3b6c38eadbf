package mx.gob.sre.mae.gateway.application.phone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import mx.gob.sre.mae.gateway.application.intake.CaseAdditions;
import mx.gob.sre.mae.gateway.application.intake.IntakeContext;
import mx.gob.sre.mae.gateway.application.intake.IntakeReceipt;
import mx.gob.sre.mae.gateway.application.intake.IntakeService;
import mx.gob.sre.mae.gateway.application.notify.FamilyNotifier;
import mx.gob.sre.mae.gateway.application.query.CaseQueryService;
import mx.gob.sre.mae.gateway.application.query.PublicStatus;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseRepository;
import mx.gob.sre.mae.gateway.domain.model.cases.Channel;
import mx.gob.sre.mae.gateway.domain.model.cases.Folio;
import mx.gob.sre.mae.gateway.domain.model.notify.FamilyNotificationRepository;
import mx.gob.sre.mae.gateway.domain.model.phone.PhoneConversation;
import mx.gob.sre.mae.gateway.domain.model.phone.PhoneMessage;
import mx.gob.sre.mae.gateway.domain.model.phone.PhoneRepository;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;
import mx.gob.sre.mae.i18n.CodeList;
import mx.gob.sre.mae.i18n.Language;

/**
 * SMS and WhatsApp intake: each message advances the number's conversation (the engine decides what
 * to ask and what to do), and what it decides is carried out in the same transaction as the message's
 * record: a case made and forwarded, information appended, a STOP or START recorded, a status given.
 * The folio and access code go out through the family outbox (durable, STOP-aware); the reply to the
 * webhook carries the conversation's next question. A message Twilio sends twice gets the same reply.
 */
@ApplicationScoped
public class TextIntakeService {

  @Inject PhoneRepository phones;
  @Inject PhoneLines lines;
  @Inject IntakeService intake;
  @Inject CaseRepository cases;
  @Inject CaseAdditions additions;
  @Inject CaseQueryService queries;
  @Inject FamilyNotifier notifier;
  @Inject FamilyNotificationRepository consents;

  private final Clock clock = Clock.systemUTC();

  /** One inbound message; returns the text to answer with (null for none). */
  @Transactional
  public String receive(String messageSid, String from, String to, String body) {
    Optional<PhoneMessage> seen = phones.message(messageSid);
    if (seen.isPresent()) {
      return seen.get().reply();
    }
    String channel = from.strip().startsWith("whatsapp:") ? "WHATSAPP" : "SMS";
    String address = PhoneLines.normalise(from);
    String consulate = lines.consulateOf(to).orElseThrow(() -> new UnknownLineException(to));
    Instant now = clock.instant();
    Optional<PhoneConversation> stored = phones.conversationWith(channel, address);
    ConversationState state = stored.map(c -> decode(c.state())).orElse(null);
    ConversationEngine.Turn turn = engine().handle(state, body, now);
    Outcome outcome = carryOut(turn, channel, address, consulate);
    PhoneConversation conversation = stored.orElseGet(() -> {
      PhoneConversation c = new PhoneConversation(channel, address, consulate, encode(outcome.next()), now);
      phones.add(c);
      return c;
    });
    conversation.advance(encode(outcome.next()), outcome.folio(), true, awaiting(outcome.next()), now);
    phones.add(new PhoneMessage(messageSid, channel, address, PhoneLines.normalise(to), consulate, clip(body, 4000),
        clip(outcome.reply(), 4000), turn.action().name(), outcome.folio(), now));
    return outcome.reply();
  }

  /** Conversations idle past the timeout: the engine sends what they gathered as a preliminary case. */
  @Transactional
  public int timeOut(int limit) {
    ConversationEngine engine = engine();
    Instant now = clock.instant();
    int made = 0;
    for (PhoneConversation stale : phones.idleSince(now.minus(engine.timeout()), limit)) {
      PhoneConversation c = phones.conversation(stale.id()).orElseThrow();
      ConversationEngine.Turn turn = engine.onTimeout(decode(c.state()), now);
      Outcome outcome = carryOut(turn, c.channel(), c.address(), c.consulateCode());
      c.advance(encode(outcome.next()), outcome.folio(), false, awaiting(outcome.next()), now);
      if (turn.action() == ConversationEngine.Action.CREATE_CASE) {
        made++;
      }
    }
    return made;
  }

  private record Outcome(ConversationState next, String reply, String folio) {}

  private Outcome carryOut(ConversationEngine.Turn turn, String channel, String address, String consulate) {
    Language language = turn.language();
    ConversationState next = turn.next();
    String reply = turn.reply();
    String folio = null;
    Instant now = clock.instant();
    switch (turn.action()) {
      case CREATE_CASE -> {
        IntakeReceipt receipt = intake.file(
            ConversationReport.toCommand(next, address, "WHATSAPP".equals(channel) ? "WhatsApp" : "SMS"),
            new IntakeContext(Channel.valueOf(channel), consulate, channel.toLowerCase(java.util.Locale.ROOT), language,
                turn.preliminary()), List.of());
        folio = receipt.folio().value();
        next = next.withFolio(folio);
        notifier.acknowledge(consulate, folio, channel, address, language, receipt.accessCode());
      }
      case APPEND -> cases.find(Folio.parse(turn.folio())).ifPresent(c -> additions.append(c, channel.toLowerCase(java.util.Locale.ROOT),
          address, "message from the family", turn.text()));
      case STATUS_QUERY -> reply = status(language, turn.folio(), turn.accessCode());
      case OPT_OUT -> consents.recordConsent(channel, address, false, "message", now);
      case OPT_IN -> consents.recordConsent(channel, address, true, "message", now);
      case NONE -> { }
      default -> throw new IllegalStateException("Unknown action " + turn.action());
    }
    return new Outcome(next, reply, folio);
  }

  private String status(Language language, String folio, String accessCode) {
    Optional<PublicStatus> status = Folio.isWellFormed(folio) ? queries.publicStatus(folio, accessCode) : Optional.empty();
    return status.map(s -> ConversationEngine.statusReply(language, s.folio(), CodeList.CASE_STATUS.label(s.status(), language.locale()),
            LocalDate.ofInstant(s.updatedAt(), ZoneOffset.UTC)))
        .orElseGet(() -> ConversationEngine.statusNotFound(language));
  }

  private boolean awaiting(ConversationState state) {
    return engine().dueAt(state).isPresent();
  }

  private static ConversationEngine engine() {
    return new ConversationEngine(Duration.ofSeconds(MaeConfig.PHONE_CONVERSATION_TIMEOUT_SECONDS.getInt()));
  }

  static String encode(ConversationState state) {
    Properties p = new Properties();
    p.putAll(state.toMap());
    try (java.io.StringWriter out = new java.io.StringWriter()) {
      p.store(out, null);
      return out.toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static ConversationState decode(String text) {
    Properties p = new Properties();
    try {
      p.load(new java.io.StringReader(text));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Map<String, String> map = new java.util.HashMap<>();
    p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
    return ConversationState.fromMap(map);
  }

  private static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
