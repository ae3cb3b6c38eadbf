package mx.gob.sre.mae.routes.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The outbox table's claim semantics in memory, for route tests (the SQL version is tested in the gateway ITs). */
final class InMemoryOutbox implements OutboxPort {

  static final class Row {
    final OutboundMessage message;
    String status = "PENDING";
    int attempts;
    Instant nextAttemptAt = Instant.EPOCH;
    String lastError;
    int deliveredCount;

    Row(OutboundMessage message) {
      this.message = message;
    }
  }

  final List<Row> rows = new ArrayList<>();

  synchronized Row add(long id, String folio, int version, String recipient, String channel) {
    return add(id, folio, version, recipient, channel, "{}");
  }

  synchronized Row add(long id, String folio, int version, String recipient, String channel, String payload) {
    Row row = new Row(new OutboundMessage(id, folio, version, recipient, channel, folio + ":" + recipient + ":v" + version, Set.of("ALBA"), payload, 0));
    rows.add(row);
    return row;
  }

  @Override
  public synchronized List<OutboundMessage> claimDue(int max, Duration lease) {
    Instant now = Instant.now();
    List<OutboundMessage> claimed = new ArrayList<>();
    for (Row r : rows) {
      if (claimed.size() == max) {
        break;
      }
      boolean due = r.status.equals("PENDING") && !r.nextAttemptAt.isAfter(now);
      boolean earlierOpen = rows.stream().anyMatch(p -> p.message.recipient().equals(r.message.recipient())
          && p.message.folio().equals(r.message.folio()) && p.message.caseVersion() < r.message.caseVersion()
          && !p.status.equals("DELIVERED"));
      if (due && !earlierOpen) {
        r.status = "IN_FLIGHT";
        OutboundMessage m = r.message;
        claimed.add(new OutboundMessage(m.id(), m.folio(), m.caseVersion(), m.recipient(), m.channel(), m.idempotencyKey(), m.flags(), m.payload(), r.attempts));
      }
    }
    return claimed;
  }

  @Override
  public synchronized void markDelivered(long id, Instant at) {
    Row r = row(id);
    r.status = "DELIVERED";
    r.deliveredCount++;
  }

  @Override
  public synchronized void markFailed(long id, String error, Instant nextAttemptAt) {
    Row r = row(id);
    r.attempts++;
    r.lastError = error;
    if (nextAttemptAt == null) {
      r.status = "PARKED";
    } else {
      r.status = "PENDING";
      r.nextAttemptAt = nextAttemptAt;
    }
  }

  synchronized Row row(long id) {
    return rows.stream().filter(r -> r.message.id() == id).findFirst().orElseThrow();
  }

  synchronized String status(long id) {
    return row(id).status;
  }
}
