package mx.gob.sre.mae.gateway.application.phone;

import java.time.Duration;
import java.time.Instant;
import mx.gob.sre.mae.gateway.application.phone.ConversationEngine.Turn;

/**
 * Plays one phone number's side of a conversation in tests, as the integrator would: it keeps the
 * state between messages, passes it through {@code toMap()/fromMap()} like storage does, and lets a
 * minute pass between messages.
 */
final class ConversationDriver {

  /** "Now" at the first message: after the dates the scripts give as last seen. */
  static final Instant START = Instant.parse("2026-10-15T12:00:00Z");

  final ConversationEngine engine;
  ConversationState state;
  Instant now = START;
  Turn last;

  ConversationDriver() {
    this(new ConversationEngine());
  }

  ConversationDriver(ConversationEngine engine) {
    this.engine = engine;
  }

  /** The family sends {@code text}; the returned turn's state is stored (through its map form). */
  Turn send(String text) {
    last = engine.handle(state, text, now);
    store(last);
    now = now.plus(Duration.ofMinutes(1));
    return last;
  }

  /** Sends each message in turn; the last turn. */
  Turn sendAll(String... texts) {
    for (String text : texts) {
      send(text);
    }
    return last;
  }

  /** Time passes with no message. */
  ConversationDriver wait(Duration idle) {
    now = now.plus(idle);
    return this;
  }

  /** The scheduler's call. */
  Turn timeout() {
    last = engine.onTimeout(state, now);
    store(last);
    return last;
  }

  /** The integrator created the case. */
  void caseCreated(String folio) {
    state = state.withFolio(folio);
  }

  private void store(Turn turn) {
    state = turn.next() == null ? null : ConversationState.fromMap(turn.next().toMap());
  }
}
