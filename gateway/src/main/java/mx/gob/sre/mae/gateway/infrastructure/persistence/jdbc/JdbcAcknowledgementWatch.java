package mx.gob.sre.mae.gateway.infrastructure.persistence.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mx.gob.sre.mae.routes.delivery.AcknowledgementWatch;

/** Raises one alert per delivery whose acknowledgement deadline has passed, once. */
@ApplicationScoped
public class JdbcAcknowledgementWatch implements AcknowledgementWatch {

  @Inject JdbcOutbox outbox;

  @Override
  public int escalateOverdue(Instant now) {
    return outbox.inTransaction(c -> {
      List<long[]> overdue = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(
          "select id from outbox_message where status = 'DELIVERED' and ack_reference is null and escalated_at is null"
              + " and ack_deadline < ?")) {
        s.setTimestamp(1, Timestamp.from(now));
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            overdue.add(new long[] {rs.getLong(1)});
          }
        }
      }
      for (long[] row : overdue) {
        Alerts.raise(c, row[0], "ACK_OVERDUE", "No acknowledgement before the deadline");
        try (PreparedStatement u = c.prepareStatement("update outbox_message set escalated_at = ? where id = ?")) {
          u.setTimestamp(1, Timestamp.from(now));
          u.setLong(2, row[0]);
          u.executeUpdate();
        }
      }
      return overdue.size();
    });
  }
}
