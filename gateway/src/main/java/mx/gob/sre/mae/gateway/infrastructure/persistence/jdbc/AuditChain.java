package mx.gob.sre.mae.gateway.infrastructure.persistence.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import mx.gob.sre.mae.gateway.application.audit.AuditRecord;
import mx.gob.sre.mae.gateway.application.audit.ChainVerification;
import mx.gob.sre.mae.gateway.application.audit.RequestOrigin;

/**
 * The audit log's chain in plain JDBC, on a connection the caller's transaction owns (the container's
 * JTA transaction, or the outbox's local one). Each append locks the single row of audit_chain_head,
 * so appends are serialized and ids have no gaps; each event's hash covers the previous hash and a
 * canonical, length-prefixed serialization of its fields, so no edit, deletion or re-linking goes
 * unnoticed by {@link #verify}.
 */
public final class AuditChain {

  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /** Appends one event in the connection's current transaction; returns it as stored. */
  public static AuditRecord append(Connection c, RequestOrigin origin, String action, String objectType, String objectId, String detail,
      Instant now) throws SQLException {
    long lastId;
    String lastHash;
    try (PreparedStatement head = c.prepareStatement("select last_id, last_hash from audit_chain_head where id = 1 for update");
        ResultSet rs = head.executeQuery()) {
      if (!rs.next()) {
        throw new SQLException("audit_chain_head has no row: the audit log cannot be appended to");
      }
      lastId = rs.getLong(1);
      lastHash = rs.getString(2);
    }
    AuditRecord unsigned = new AuditRecord(lastId + 1, now.truncatedTo(ChronoUnit.MICROS), clip(origin.actor(), 200), clip(origin.role(), 64),
        clip(action, 64), clip(objectType, 32), clip(objectId, 200), clip(detail, 2000), clip(origin.remoteAddress(), 64), lastHash, null);
    AuditRecord event = withHash(unsigned, hash(unsigned));
    try (PreparedStatement insert = c.prepareStatement(
        "insert into audit_event (id, at, actor, role, action, object_type, object_id, detail, remote_addr, prev_hash, hash)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, event.id());
      insert.setObject(2, OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC));
      insert.setString(3, event.actor());
      insert.setString(4, event.role());
      insert.setString(5, event.action());
      insert.setString(6, event.objectType());
      insert.setString(7, event.objectId());
      insert.setString(8, event.detail());
      insert.setString(9, event.remoteAddr());
      insert.setString(10, event.prevHash());
      insert.setString(11, event.hash());
      insert.executeUpdate();
    }
    try (PreparedStatement move = c.prepareStatement("update audit_chain_head set last_id = ?, last_hash = ? where id = 1")) {
      move.setLong(1, event.id());
      move.setString(2, event.hash());
      move.executeUpdate();
    }
    return event;
  }

  /** The events about one object, oldest first. */
  public static List<AuditRecord> of(Connection c, String objectType, String objectId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(SELECT + " where object_type = ? and object_id = ? order by id")) {
      s.setString(1, objectType);
      s.setString(2, objectId);
      return read(s);
    }
  }

  /** Walks the chain from the first event: ids without gaps, each prev_hash the hash before it, each hash its contents'. */
  public static ChainVerification verify(Connection c) throws SQLException {
    long expectedId = 1;
    String expectedPrev = GENESIS;
    try (PreparedStatement s = c.prepareStatement(SELECT + " order by id")) {
      s.setFetchSize(500);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          AuditRecord e = row(rs);
          if (e.id() != expectedId) {
            return ChainVerification.broken(expectedId - 1, e.id(),
                "event(s) " + expectedId + (e.id() - 1 > expectedId ? ".." + (e.id() - 1) : "") + " before it are missing (deleted)");
          }
          if (!expectedPrev.equals(e.prevHash())) {
            return ChainVerification.broken(expectedId - 1, e.id(), "its prev_hash is not the hash of the event before it (re-linked)");
          }
          if (!hash(e).equals(e.hash())) {
            return ChainVerification.broken(expectedId - 1, e.id(), "its contents do not match its hash (edited)");
          }
          expectedPrev = e.hash();
          expectedId++;
        }
      }
    }
    try (PreparedStatement head = c.prepareStatement("select last_id, last_hash from audit_chain_head where id = 1");
        ResultSet rs = head.executeQuery()) {
      if (!rs.next()) {
        return ChainVerification.broken(expectedId - 1, expectedId, "the chain head is missing");
      }
      if (rs.getLong(1) != expectedId - 1 || !expectedPrev.equals(rs.getString(2))) {
        return ChainVerification.broken(expectedId - 1, expectedId,
            "the chain head is at event " + rs.getLong(1) + " but the log ends at " + (expectedId - 1) + " (events deleted at the end)");
      }
    }
    return ChainVerification.intact(expectedId - 1);
  }

  /** SHA-256 (hex) of prev_hash and every field, each as name=length:value on its own line (null has length -1). */
  static String hash(AuditRecord e) {
    StringBuilder canonical = new StringBuilder("mae-audit-v1\n");
    field(canonical, "prev_hash", e.prevHash());
    field(canonical, "id", Long.toString(e.id()));
    field(canonical, "at", e.at().toString());
    field(canonical, "actor", e.actor());
    field(canonical, "role", e.role());
    field(canonical, "action", e.action());
    field(canonical, "object_type", e.objectType());
    field(canonical, "object_id", e.objectId());
    field(canonical, "detail", e.detail());
    field(canonical, "remote_addr", e.remoteAddr());
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e1) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e1);
    }
  }

  private static void field(StringBuilder sb, String name, String value) {
    sb.append(name).append('=').append(value == null ? -1 : value.length()).append(':').append(value == null ? "" : value).append('\n');
  }

  private static final String SELECT =
      "select id, at, actor, role, action, object_type, object_id, detail, remote_addr, prev_hash, hash from audit_event";

  private static List<AuditRecord> read(PreparedStatement s) throws SQLException {
    List<AuditRecord> events = new ArrayList<>();
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        events.add(row(rs));
      }
    }
    return events;
  }

  private static AuditRecord row(ResultSet rs) throws SQLException {
    return new AuditRecord(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3), rs.getString(4),
        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11));
  }

  private static AuditRecord withHash(AuditRecord e, String hash) {
    return new AuditRecord(e.id(), e.at(), e.actor(), e.role(), e.action(), e.objectType(), e.objectId(), e.detail(), e.remoteAddr(),
        e.prevHash(), hash);
  }

  private static String clip(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }
}
