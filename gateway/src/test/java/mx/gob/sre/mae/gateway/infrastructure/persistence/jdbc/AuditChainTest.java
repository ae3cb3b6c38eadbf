package mx.gob.sre.mae.gateway.infrastructure.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mx.gob.sre.mae.gateway.application.audit.AuditRecord;
import mx.gob.sre.mae.gateway.application.audit.ChainVerification;
import mx.gob.sre.mae.gateway.application.audit.RequestOrigin;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit chain on an in-memory H2 database migrated with the application's own migrations. */
class AuditChainTest {

  private static final RequestOrigin OFFICER = RequestOrigin.of("lax.oficial", "consular-officer", "203.0.113.5");

  private String url;

  @BeforeEach
  void migrate() {
    url = "jdbc:h2:mem:audit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "mae", "").locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
  }

  @Test
  void appendsAChainThatVerifiesAndKeepsWhoWhatWhenAndWhere() throws Exception {
    append(5);
    try (Connection c = connection()) {
      assertEquals(ChainVerification.intact(5), AuditChain.verify(c));
      List<AuditRecord> events = AuditChain.of(c, "case", "MAE-2026-000003");
      assertEquals(1, events.size());
      AuditRecord e = events.get(0);
      assertEquals(3, e.id());
      assertEquals("lax.oficial", e.actor());
      assertEquals("consular-officer", e.role());
      assertEquals("CASE_READ", e.action());
      assertEquals("203.0.113.5", e.remoteAddr());
      assertEquals(AuditChain.of(c, "case", "MAE-2026-000002").get(0).hash(), e.prevHash());
      assertEquals(64, e.hash().length());
    }
  }

  @Test
  void anEditedRowIsNamedAsTheFirstBrokenLink() throws Exception {
    append(5);
    sql("update audit_event set detail = 'nothing happened' where id = 3");
    assertEquals(2, assertBrokenAt(3, "edited").events(), "the events before it still verify");
  }

  @Test
  void aDeletedRowOrTailIsFound() throws Exception {
    append(5);
    sql("delete from audit_event where id = 2");
    assertBrokenAt(3, "missing");
    migrate();
    append(4);
    sql("delete from audit_event where id = 4");
    assertBrokenAt(4, "chain head");
  }

  private ChainVerification assertBrokenAt(long id, String reason) throws SQLException {
    try (Connection c = connection()) {
      ChainVerification v = AuditChain.verify(c);
      assertFalse(v.valid());
      assertEquals(id, v.firstBrokenId());
      assertTrue(v.reason().contains(reason), v.reason());
      return v;
    }
  }

  @Test
  void concurrentAppendsNeverForkTheChain() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        work.add(pool.submit(() -> {
          append(25);
          return null;
        }));
      }
      for (Future<?> f : work) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    try (Connection c = connection()) {
      assertEquals(ChainVerification.intact(100), AuditChain.verify(c));
    }
  }

  private void append(int n) throws SQLException {
    try (Connection c = connection()) {
      c.setAutoCommit(false);
      for (int i = 1; i <= n; i++) {
        AuditChain.append(c, OFFICER, "CASE_READ", "case", "MAE-2026-00000" + i, "version 1", Instant.now());
        c.commit();
      }
    }
  }

  private void sql(String statement) throws SQLException {
    try (Connection c = connection(); Statement s = c.createStatement()) {
      s.executeUpdate(statement);
    }
  }

  private Connection connection() throws SQLException {
    return DriverManager.getConnection(url, "mae", "");
  }
}
