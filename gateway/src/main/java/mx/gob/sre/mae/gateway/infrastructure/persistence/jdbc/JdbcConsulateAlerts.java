package mx.gob.sre.mae.gateway.infrastructure.persistence.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import mx.gob.sre.mae.gateway.application.delivery.ConsulateAlerts;
import mx.gob.sre.mae.gateway.infrastructure.persistence.DataSourceDefinitions;

/** Alerts in the alert table, written with the same SQL the dispatcher uses. */
@ApplicationScoped
public class JdbcConsulateAlerts implements ConsulateAlerts {

  @Inject JdbcOutbox outbox;

  @Resource(lookup = DataSourceDefinitions.JNDI_NAME)
  DataSource dataSource;

  @Override
  public void raise(long deliveryId, String kind, String detail) {
    outbox.inTransaction(c -> {
      Alerts.raise(c, deliveryId, kind, detail);
      return null;
    });
  }

  /** A task about a case (such as "inform the family in person"), in the caller's transaction. */
  @Override
  public void raiseForCase(String consulateCode, String folio, String kind, String detail) {
    raiseFor(consulateCode, folio, kind, null, detail);
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public void raiseFor(String consulateCode, String reference, String kind, String recipient, String detail) {
    try (Connection c = dataSource.getConnection()) {
      Alerts.raiseFor(c, consulateCode, reference, kind, recipient, detail);
    } catch (SQLException e) {
      throw new JdbcOutbox.OutboxException(e);
    }
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
