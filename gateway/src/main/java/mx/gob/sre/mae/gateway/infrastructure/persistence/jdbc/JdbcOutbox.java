package mx.gob.sre.mae.gateway.infrastructure.persistence.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import mx.gob.sre.mae.gateway.application.audit.AuditActions;
import mx.gob.sre.mae.gateway.application.audit.AuditTrail;
import mx.gob.sre.mae.gateway.application.audit.RequestOrigin;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;
import mx.gob.sre.mae.gateway.infrastructure.persistence.DataSourceDefinitions;
import mx.gob.sre.mae.routes.delivery.OutboundMessage;
import mx.gob.sre.mae.routes.delivery.OutboxPort;

/**
 * The dispatcher's side of the outbox, in plain JDBC with short local transactions (it runs on
 * Camel's threads, outside any container transaction). On PostgreSQL claims use FOR UPDATE SKIP
 * LOCKED, so several gateway instances share one outbox without sending a message twice. Visa
 * notices have no case: the version-order condition never holds back one (their case_id is null).
 */
@ApplicationScoped
public class JdbcOutbox implements OutboxPort {

  private static final String DUE =
      "select o.id, o.folio, o.case_version, o.recipient, o.channel, o.idempotency_key, o.flags, o.payload, o.attempts, o.kind"
          + " from outbox_message o"
          + " where ((o.status = 'PENDING' and o.next_attempt_at <= ?) or (o.status = 'IN_FLIGHT' and o.claimed_until < ?))"
          + " and not exists (select 1 from outbox_message p where p.recipient = o.recipient and p.case_id = o.case_id"
          + " and p.case_version < o.case_version and p.status <> 'DELIVERED')"
          + " order by o.id limit ?";

  @Resource(lookup = DataSourceDefinitions.JNDI_NAME)
  DataSource dataSource;

  @Override
  public List<OutboundMessage> claimDue(int max, Duration lease) {
    Instant now = Instant.now();
    String lock = MaeConfig.embeddedDatabase() ? " for update" : " for update of o skip locked";
    return inTransaction(c -> {
      List<OutboundMessage> claimed = new ArrayList<>();
      try (PreparedStatement select = c.prepareStatement(DUE + lock)) {
        select.setTimestamp(1, Timestamp.from(now));
        select.setTimestamp(2, Timestamp.from(now));
        select.setInt(3, max);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            claimed.add(new OutboundMessage(rs.getString(10), rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getString(6), flags(rs.getString(7)), rs.getString(8), rs.getInt(9)));
          }
        }
      }
      lease(c, "outbox_message", claimed.stream().map(OutboundMessage::id).toList(), now.plus(lease));
      return claimed;
    });
  }

  @Override
  public void markDelivered(long id, Instant at) {
    inTransaction(c -> {
      Set<String> flags = Set.of();
      String delivered = null;
      String folio = null;
      try (PreparedStatement s = c.prepareStatement("select flags, folio, recipient, case_version, channel from outbox_message where id = ?")) {
        s.setLong(1, id);
        try (ResultSet rs = s.executeQuery()) {
          if (rs.next()) {
            flags = flags(rs.getString(1));
            folio = rs.getString(2);
            delivered = "delivery " + id + " to " + rs.getString(3) + ", version " + rs.getInt(4) + ", by " + rs.getString(5);
          }
        }
      }
      Duration window = flags.isEmpty() ? AcknowledgementDeadlines.standard() : AcknowledgementDeadlines.urgent();
      try (PreparedStatement u = c.prepareStatement(
          "update outbox_message set status = 'DELIVERED', delivered_at = ?, ack_deadline = ?, claimed_until = null, last_error = null"
              + " where id = ? and status = 'IN_FLIGHT'")) {
        u.setTimestamp(1, Timestamp.from(at));
        u.setTimestamp(2, Timestamp.from(at.plus(window)));
        u.setLong(3, id);
        if (u.executeUpdate() == 1) {
          AuditChain.append(c, RequestOrigin.current(), AuditActions.DELIVERED, AuditTrail.CASE, folio, delivered, at);
        }
      }
      return null;
    });
  }

  @Override
  /** Only an in-flight row: a failure reported for a delivery already recorded as delivered changes nothing. */
  public void markFailed(long id, String error, Instant nextAttemptAt) {
    inTransaction(c -> {
      if (nextAttemptAt == null) {
        try (PreparedStatement u = c.prepareStatement(
            "update outbox_message set status = 'PARKED', attempts = attempts + 1, last_error = ?, claimed_until = null"
                + " where id = ? and status = 'IN_FLIGHT'")) {
          u.setString(1, error);
          u.setLong(2, id);
          if (u.executeUpdate() > 0) {
            Alerts.raise(c, id, "DELIVERY_PARKED", error);
          }
        }
      } else {
        try (PreparedStatement u = c.prepareStatement(
            "update outbox_message set status = 'PENDING', attempts = attempts + 1, last_error = ?, next_attempt_at = ?,"
                + " claimed_until = null where id = ? and status = 'IN_FLIGHT'")) {
          u.setString(1, error);
          u.setTimestamp(2, Timestamp.from(nextAttemptAt));
          u.setLong(3, id);
          u.executeUpdate();
        }
      }
      return null;
    });
  }

  /** Work in one local transaction on a pooled connection; rolled back on any error. */
  public <T> T inTransaction(SqlWork<T> work) {
    return inTransaction(dataSource, work, OutboxException::new);
  }

  /** Work in one local transaction on a connection of {@code dataSource}; rolled back on any error, SQL errors wrapped by {@code wrap}. */
  static <T> T inTransaction(DataSource dataSource, SqlWork<T> work, Function<SQLException, RuntimeException> wrap) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      T result;
      try {
        result = work.run(c);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
      // committed: a connection lost now (a database restart) must not turn the outcome into a failure,
      // or a delivered message would be recorded as failed and sent again
      try {
        c.setAutoCommit(autoCommit);
      } catch (SQLException e) {
        java.util.logging.Logger.getLogger(JdbcOutbox.class.getName()).fine(() -> "Connection lost after commit: " + e.getMessage());
      }
      return result;
    } catch (SQLException e) {
      throw wrap.apply(e);
    }
  }

  /** Marks claimed rows of an outbox table in flight until {@code until}; after that another claimer may take them. */
  static void lease(Connection c, String table, List<Long> ids, Instant until) throws SQLException {
    try (PreparedStatement update = c.prepareStatement("update " + table + " set status = 'IN_FLIGHT', claimed_until = ? where id = ?")) {
      for (long id : ids) {
        update.setTimestamp(1, Timestamp.from(until));
        update.setLong(2, id);
        update.addBatch();
      }
      update.executeBatch();
    }
  }

  static Set<String> flags(String text) {
    return text == null || text.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(text.split(",")));
  }

  /** A unit of JDBC work. */
  @FunctionalInterface
  public interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  /** The outbox could not be read or written; the message stays where it was and is retried. */
  public static class OutboxException extends RuntimeException {
    OutboxException(SQLException cause) {
      super("Outbox unavailable: " + cause.getMessage(), cause);
    }
  }
}
