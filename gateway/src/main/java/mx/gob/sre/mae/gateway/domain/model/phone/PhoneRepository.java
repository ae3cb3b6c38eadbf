package mx.gob.sre.mae.gateway.domain.model.phone;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Inbound phone messages, conversations and calls. */
public interface PhoneRepository {

  Optional<PhoneMessage> message(String providerSid);

  void add(PhoneMessage message);

  /** The conversation with a number on a channel, locked for this transaction's update. */
  Optional<PhoneConversation> conversationWith(String channel, String address);

  void add(PhoneConversation conversation);

  /** Conversations waiting for an answer whose last message is older than {@code before}: the timeout's work. */
  List<PhoneConversation> idleSince(Instant before, int limit);

  Optional<PhoneConversation> conversation(long id);

  Optional<PhoneCall> call(String callSid);

  void add(PhoneCall call);

  /** Calls whose recording is not stored yet (the fetch is retried until it is). */
  List<PhoneCall> awaitingRecording(int limit);

  /** Calls of a consulate whose caller asked to be called back and nobody has yet. */
  List<PhoneCall> callbacksDue(String consulateCode);

  /** The latest messages of a consulate's numbers, newest first. */
  List<PhoneMessage> recentMessages(String consulateCode, int limit);
}
