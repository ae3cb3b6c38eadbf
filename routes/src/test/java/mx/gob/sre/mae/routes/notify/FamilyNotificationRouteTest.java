package mx.gob.sre.mae.routes.notify;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mx.gob.sre.mae.routes.delivery.MailTransport;
import mx.gob.sre.mae.routes.delivery.OutgoingMail;
import mx.gob.sre.mae.routes.delivery.RetryPolicy;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

/** The family outbox is sent once per message, failures are retried or parked, and STOP is honoured. */
class FamilyNotificationRouteTest extends CamelTestSupport {

  final Outbox outbox = new Outbox();
  final List<OutgoingMail> mails = new CopyOnWriteArrayList<>();
  final List<TextMessage> texts = new CopyOnWriteArrayList<>();
  final AtomicInteger smtpFailuresLeft = new AtomicInteger(2);
  final Set<String> invalidNumbers = ConcurrentHashMap.newKeySet();
  final Set<String> providerDown = ConcurrentHashMap.newKeySet();

  @Override
  protected RoutesBuilder createRouteBuilder() {
    MailTransport mail = m -> {
      if (smtpFailuresLeft.getAndDecrement() > 0) {
        throw new IllegalStateException("421 try again later");
      }
      mails.add(m);
    };
    TextMessageTransport sms = m -> {
      if (invalidNumbers.contains(m.to())) {
        throw new PermanentSendFailure("21211 invalid 'To' phone number");
      }
      if (providerDown.contains(m.to())) {
        throw new IllegalStateException("HTTP 503");
      }
      texts.add(m);
      return "SM" + texts.size();
    };
    return new FamilyNotificationRoute(outbox, mail, sms, new RetryPolicy(Duration.ofMillis(10), Duration.ofMillis(50), 3, 0),
        Duration.ofMillis(50), 5, Clock.systemUTC());
  }

  @Test
  void anEmailThatFailsTwiceIsSentOnceOnTheThirdAttempt() {
    outbox.add(message(1, "EMAIL", "family@example.org", false));
    await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(outbox.status(1)));
    assertEquals(1, mails.size());
    assertEquals("family@example.org", mails.get(0).to());
    assertEquals("<ack.1@mae.sre.gob.mx>", mails.get(0).messageId());
    assertEquals(2, outbox.attempts(1));
  }

  @Test
  void aTextGoesOutWithItsChannelAndSessionWindowAndTheProviderReferenceIsKept() {
    outbox.add(message(2, "WHATSAPP", "+15550000002", true));
    outbox.add(message(3, "SMS", "+15550000003", false));
    await().atMost(Duration.ofSeconds(10)).until(() -> "SENT".equals(outbox.status(2)) && "SENT".equals(outbox.status(3)));
    TextMessage whatsapp = texts.stream().filter(t -> t.to().equals("+15550000002")).findFirst().orElseThrow();
    assertEquals("WHATSAPP", whatsapp.channel());
    assertTrue(whatsapp.sessionOpen());
    assertEquals("MAE-2026-000002", whatsapp.folio());
    assertTrue(outbox.references.get(2L).startsWith("SM"));
  }

  @Test
  void aNumberTheProviderRefusesForGoodIsParkedAtOnce() {
    invalidNumbers.add("+15550000004");
    outbox.add(message(4, "SMS", "+15550000004", false));
    await().atMost(Duration.ofSeconds(10)).until(() -> "PARKED".equals(outbox.status(4)));
    assertEquals(1, outbox.attempts(4));
    assertTrue(outbox.errors.get(4L).contains("21211"));
  }

  @Test
  void aProviderThatStaysDownParksTheMessageAfterTheBudget() {
    providerDown.add("+15550000005");
    outbox.add(message(5, "SMS", "+15550000005", false));
    await().atMost(Duration.ofSeconds(10)).until(() -> "PARKED".equals(outbox.status(5)));
    assertEquals(3, outbox.attempts(5));
    assertTrue(texts.isEmpty());
  }

  @Test
  void nothingGoesToANumberThatSentStop() {
    outbox.optedOut.add("SMS:+15550000006");
    outbox.add(message(6, "SMS", "+15550000006", false));
    await().atMost(Duration.ofSeconds(10)).until(() -> "SUPPRESSED".equals(outbox.status(6)));
    assertTrue(texts.isEmpty());
    assertFalse(outbox.references.containsKey(6L));
  }

  private static FamilyMessage message(long id, String channel, String address, boolean sessionOpen) {
    return new FamilyMessage(id, "MAE-2026-00000" + id, channel, address, "en", "Subject", "Body", "ack." + id, 0, sessionOpen);
  }

  /** An in-memory family outbox with the same claim and retry semantics as the gateway's table. */
  static class Outbox implements FamilyOutboxPort {
    final Map<Long, FamilyMessage> messages = new ConcurrentHashMap<>();
    final Map<Long, String> statuses = new ConcurrentHashMap<>();
    final Map<Long, Instant> due = new ConcurrentHashMap<>();
    final Map<Long, String> references = new ConcurrentHashMap<>();
    final Map<Long, String> errors = new ConcurrentHashMap<>();
    final Set<String> optedOut = ConcurrentHashMap.newKeySet();

    void add(FamilyMessage m) {
      messages.put(m.id(), m);
      statuses.put(m.id(), "PENDING");
      due.put(m.id(), Instant.EPOCH);
    }

    String status(long id) {
      return statuses.get(id);
    }

    int attempts(long id) {
      return messages.get(id).attempts();
    }

    @Override
    public synchronized List<FamilyMessage> claimDue(int max, Duration lease) {
      List<FamilyMessage> claimed = new ArrayList<>();
      for (FamilyMessage m : messages.values()) {
        if (claimed.size() < max && "PENDING".equals(statuses.get(m.id())) && !due.get(m.id()).isAfter(Instant.now())) {
          statuses.put(m.id(), "IN_FLIGHT");
          claimed.add(m);
        }
      }
      return claimed;
    }

    @Override
    public boolean optedOut(String channel, String address) {
      return optedOut.contains(channel + ":" + address);
    }

    @Override
    public void markSent(long id, Instant at, String providerReference) {
      statuses.put(id, "SENT");
      if (providerReference != null) {
        references.put(id, providerReference);
      }
    }

    @Override
    public void markSuppressed(long id, Instant at, String reason) {
      statuses.put(id, "SUPPRESSED");
    }

    @Override
    public synchronized void markFailed(long id, String error, Instant nextAttemptAt) {
      FamilyMessage m = messages.get(id);
      messages.put(id, new FamilyMessage(m.id(), m.folio(), m.channel(), m.address(), m.language(), m.subject(), m.body(),
          m.messageKey(), m.attempts() + 1, m.sessionOpen()));
      errors.put(id, error);
      if (nextAttemptAt == null) {
        statuses.put(id, "PARKED");
      } else {
        due.put(id, nextAttemptAt);
        statuses.put(id, "PENDING");
      }
    }
  }
}
