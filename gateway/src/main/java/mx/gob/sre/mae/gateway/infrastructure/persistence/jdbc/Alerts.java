package mx.gob.sre.mae.gateway.infrastructure.persistence.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;

/**
 * Alerts for the consulate of a delivery's case, or of a visa notice's request (parked delivery,
 * overdue acknowledgement).
 */
final class Alerts {

  /** An outbox row with its consulate: the case's, or the visa notice's own. */
  static final String WITH_CONSULATE = "outbox_message o left join case_file f on f.id = o.case_id";
  static final String CONSULATE = "coalesce(f.consulate_code, o.consulate_code)";

  private Alerts() {}

  static void raise(Connection c, long deliveryId, String kind, String detail) throws SQLException {
    String next = MaeConfig.embeddedDatabase() ? "next value for alert_seq" : "nextval('alert_seq')";
    try (PreparedStatement s = c.prepareStatement(
        "insert into alert (id, consulate_code, folio, kind, recipient, detail, created_at)"
            + " select " + next + ", " + CONSULATE + ", o.folio, ?, o.recipient, ?, ?"
            + " from " + WITH_CONSULATE + " where o.id = ?")) {
      s.setString(1, kind);
      s.setString(2, detail == null ? null : detail.substring(0, Math.min(detail.length(), 1900)));
      s.setTimestamp(3, Timestamp.from(Instant.now()));
      s.setLong(4, deliveryId);
      s.executeUpdate();
    }
  }

  /** An alert about something other than a delivery: a support request that arrived, or is overdue. */
  static void raiseFor(Connection c, String consulateCode, String reference, String kind, String recipient, String detail)
      throws SQLException {
    String next = MaeConfig.embeddedDatabase() ? "next value for alert_seq" : "nextval('alert_seq')";
    try (PreparedStatement s = c.prepareStatement(
        "insert into alert (id, consulate_code, folio, kind, recipient, detail, created_at) values (" + next + ", ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, consulateCode);
      s.setString(2, reference);
      s.setString(3, kind);
      s.setString(4, recipient);
      s.setString(5, detail == null ? null : detail.substring(0, Math.min(detail.length(), 1900)));
      s.setTimestamp(6, Timestamp.from(Instant.now()));
      s.executeUpdate();
    }
  }

  /** A message to a family parked: the consulate must reach the family another way, or replay it. */
  static void raiseForFamilyMessage(Connection c, long familyMessageId, String detail) throws SQLException {
    String next = MaeConfig.embeddedDatabase() ? "next value for alert_seq" : "nextval('alert_seq')";
    try (PreparedStatement s = c.prepareStatement(
        "insert into alert (id, consulate_code, folio, kind, recipient, detail, created_at)"
            + " select " + next + ", m.consulate_code, coalesce(m.folio, '-'), 'FAMILY_MESSAGE_PARKED', m.channel, ?, ?"
            + " from family_message m where m.id = ? and m.consulate_code is not null")) {
      s.setString(1, detail == null ? null : detail.substring(0, Math.min(detail.length(), 1900)));
      s.setTimestamp(2, Timestamp.from(Instant.now()));
      s.setLong(3, familyMessageId);
      s.executeUpdate();
    }
  }
}
