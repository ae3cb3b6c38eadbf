package mx.gob.sre.mae.gateway.infrastructure.persistence.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mx.gob.sre.mae.gateway.infrastructure.mail.SupervisorNotifier;
import mx.gob.sre.mae.routes.delivery.AcknowledgementWatch;

/** Raises one alert per delivery whose acknowledgement deadline has passed, once, and emails the supervisors. */
@ApplicationScoped
public class JdbcAcknowledgementWatch implements AcknowledgementWatch {

  @Inject JdbcOutbox outbox;
  @Inject SupervisorNotifier supervisors;

  record Overdue(long id, String folio, String recipient, String consulate) {}

  @Override
  public int escalateOverdue(Instant now) {
    List<Overdue> escalated = outbox.inTransaction(c -> {
      List<Overdue> overdue = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(
          "select o.id, o.folio, o.recipient, " + Alerts.CONSULATE + " from " + Alerts.WITH_CONSULATE
              + " where o.status = 'DELIVERED' and o.ack_reference is null and o.escalated_at is null and o.ack_deadline < ?")) {
        s.setTimestamp(1, Timestamp.from(now));
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            overdue.add(new Overdue(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
          }
        }
      }
      for (Overdue o : overdue) {
        Alerts.raise(c, o.id(), "ACK_OVERDUE", "No acknowledgement before the deadline");
        try (PreparedStatement u = c.prepareStatement("update outbox_message set escalated_at = ? where id = ?")) {
          u.setTimestamp(1, Timestamp.from(now));
          u.setLong(2, o.id());
          u.executeUpdate();
        }
      }
      return overdue;
    });
    escalated.forEach(o -> supervisors.overdue(o.consulate(), o.folio(), o.recipient()));
    return escalated.size();
  }
}
