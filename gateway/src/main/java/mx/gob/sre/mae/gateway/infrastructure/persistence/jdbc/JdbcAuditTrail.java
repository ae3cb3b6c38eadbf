package mx.gob.sre.mae.gateway.infrastructure.persistence.jdbc;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import mx.gob.sre.mae.gateway.application.audit.AuditRecord;
import mx.gob.sre.mae.gateway.application.audit.AuditTrail;
import mx.gob.sre.mae.gateway.application.audit.ChainVerification;
import mx.gob.sre.mae.gateway.application.audit.RequestOrigin;
import mx.gob.sre.mae.gateway.infrastructure.persistence.DataSourceDefinitions;

/**
 * The audit log on the application's data source. An append joins the caller's container
 * transaction (a change and its record commit or roll back together) or, for a read outside one,
 * runs in a short transaction of its own.
 */
@ApplicationScoped
public class JdbcAuditTrail implements AuditTrail {

  @Resource(lookup = DataSourceDefinitions.JNDI_NAME)
  DataSource dataSource;

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public void record(String action, String objectType, String objectId, String detail) {
    try (Connection c = dataSource.getConnection()) {
      AuditChain.append(c, RequestOrigin.current(), action, objectType, objectId, detail, Instant.now());
    } catch (SQLException e) {
      throw new AuditUnavailableException(e);
    }
  }

  @Override
  public List<AuditRecord> of(String objectType, String objectId) {
    try (Connection c = dataSource.getConnection()) {
      return AuditChain.of(c, objectType, objectId);
    } catch (SQLException e) {
      throw new AuditUnavailableException(e);
    }
  }

  @Override
  public ChainVerification verify() {
    try (Connection c = dataSource.getConnection()) {
      return AuditChain.verify(c);
    } catch (SQLException e) {
      throw new AuditUnavailableException(e);
    }
  }

  /** The audit log could not be written or read: the access it would have recorded does not happen. */
  public static class AuditUnavailableException extends RuntimeException {
    AuditUnavailableException(SQLException cause) {
      super("Audit log unavailable: " + cause.getMessage(), cause);
    }
  }
}
