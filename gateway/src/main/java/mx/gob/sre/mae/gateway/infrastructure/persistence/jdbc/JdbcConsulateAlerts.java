package mx.gob.sre.mae.gateway.infrastructure.persistence.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import mx.gob.sre.mae.gateway.application.delivery.ConsulateAlerts;

/** Alerts in the alert table, written with the same SQL the dispatcher uses. */
@ApplicationScoped
public class JdbcConsulateAlerts implements ConsulateAlerts {

  @Inject JdbcOutbox outbox;

  @Override
  public void raise(long deliveryId, String kind, String detail) {
    outbox.inTransaction(c -> {
      Alerts.raise(c, deliveryId, kind, detail);
      return null;
    });
  }

  @Override
  public List<Alert> open(String consulateCode) {
    return outbox.inTransaction(c -> {
      List<Alert> alerts = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(
          "select id, folio, kind, recipient, detail, created_at from alert where consulate_code = ? and resolved_at is null"
              + " order by created_at desc limit 200")) {
        s.setString(1, consulateCode);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            alerts.add(new Alert(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant()));
          }
        }
      }
      return alerts;
    });
  }
}
