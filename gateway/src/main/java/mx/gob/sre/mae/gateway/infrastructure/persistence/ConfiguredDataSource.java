package mx.gob.sre.mae.gateway.infrastructure.persistence;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import mx.gob.sre.mae.gateway.infrastructure.config.InvalidConfigurationException;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The driver-level data source under the container's pool ({@link DataSourceDefinitions}): it
 * reads MAE_DB_URL / MAE_DB_USER / MAE_DB_PASSWORD at run time and delegates to PostgreSQL's data
 * source, or, when no URL is set, to an H2 file database under MAE_DATA_DIR.
 */
public class ConfiguredDataSource implements DataSource {

  private volatile DataSource delegate;

  private DataSource delegate() {
    DataSource d = delegate;
    if (d == null) {
      synchronized (this) {
        if (delegate == null) {
          delegate = create();
        }
        d = delegate;
      }
    }
    return d;
  }

  static DataSource create() {
    if (MaeConfig.embeddedDatabase()) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(embeddedUrl(MaeConfig.dataDir()));
      h2.setUser("mae");
      h2.setPassword("");
      return h2;
    }
    String url = MaeConfig.DB_URL.get();
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new InvalidConfigurationException(MaeConfig.DB_URL, "must be a jdbc:postgresql: URL, was '" + url + "'");
    }
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(url);
    pg.setUser(MaeConfig.DB_USER.get());
    pg.setPassword(MaeConfig.DB_PASSWORD.get());
    pg.setConnectTimeout(10);
    pg.setSocketTimeout(60);
    pg.setApplicationName("mae-gateway");
    return pg;
  }

  /**
   * H2 in file mode. WRITE_DELAY=0 writes each commit to the file before the commit returns (H2's
   * default delays it by 500 ms, and a kill -9 in that window lost an accepted report).
   */
  static String embeddedUrl(Path dataDir) {
    return "jdbc:h2:file:" + dataDir.resolve("db").resolve("mae") + ";WRITE_DELAY=0";
  }

  @Override
  public Connection getConnection() throws SQLException {
    return delegate().getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return delegate().getConnection();
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return delegate().getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    delegate().setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    delegate().setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return delegate().getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return Logger.getLogger(ConfiguredDataSource.class.getName());
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return delegate().unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return delegate().isWrapperFor(iface);
  }
}
