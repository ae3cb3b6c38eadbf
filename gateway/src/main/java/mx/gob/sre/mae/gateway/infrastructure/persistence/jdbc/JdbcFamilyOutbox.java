package mx.gob.sre.mae.gateway.infrastructure.persistence.jdbc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mx.gob.sre.mae.gateway.domain.model.notify.FamilyNotification;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;
import mx.gob.sre.mae.routes.notify.FamilyMessage;
import mx.gob.sre.mae.routes.notify.FamilyOutboxPort;

/**
 * The family notification route's side of the family outbox, in short local JDBC transactions
 * (it runs on Camel's threads). The access code is put into the body only in memory, at claim, and
 * erased from the row once the message is sent or suppressed.
 */
@ApplicationScoped
public class JdbcFamilyOutbox implements FamilyOutboxPort {

  /** WhatsApp allows free text for 24 hours after the person last wrote to us. */
  static final Duration WHATSAPP_SESSION = Duration.ofHours(24);

  private static final String DUE =
      "select m.id, m.folio, m.channel, m.address, m.language, m.subject, m.body, m.secret, m.message_key, m.attempts,"
          + " (select max(p.received_at) from phone_message p where p.channel = m.channel and p.from_address = m.address)"
          + " from family_message m"
          + " where (m.status = 'PENDING' and m.next_attempt_at <= ?) or (m.status = 'IN_FLIGHT' and m.claimed_until < ?)"
          + " order by m.id limit ?";

  @Inject JdbcOutbox jdbc;

  @Override
  public List<FamilyMessage> claimDue(int max, Duration lease) {
    Instant now = Instant.now();
    String lock = MaeConfig.embeddedDatabase() ? " for update" : " for update of m skip locked";
    return jdbc.inTransaction(c -> {
      List<FamilyMessage> claimed = new ArrayList<>();
      try (PreparedStatement select = c.prepareStatement(DUE + lock)) {
        select.setTimestamp(1, Timestamp.from(now));
        select.setTimestamp(2, Timestamp.from(now));
        select.setInt(3, max);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            String body = rs.getString(7);
            String secret = rs.getString(8);
            if (secret != null) {
              body = body.replace(FamilyNotification.SECRET_PLACEHOLDER, secret);
            }
            Timestamp lastInbound = rs.getTimestamp(11);
            boolean sessionOpen = lastInbound != null && lastInbound.toInstant().isAfter(now.minus(WHATSAPP_SESSION));
            claimed.add(new FamilyMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), body, rs.getString(9), rs.getInt(10), sessionOpen));
          }
        }
      }
      JdbcOutbox.lease(c, "family_message", claimed.stream().map(FamilyMessage::id).toList(), now.plus(lease));
      return claimed;
    });
  }

  @Override
  public boolean optedOut(String channel, String address) {
    return jdbc.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "select action from phone_consent where channel = ? and address = ? order by recorded_at desc, id desc limit 1")) {
        s.setString(1, channel);
        s.setString(2, address);
        try (ResultSet rs = s.executeQuery()) {
          return rs.next() && "STOP".equals(rs.getString(1));
        }
      }
    });
  }

  @Override
  public void markSent(long id, Instant at, String providerReference) {
    update("update family_message set status = 'SENT', sent_at = ?, provider_ref = ?, secret = null, claimed_until = null,"
        + " last_error = null where id = ?", Timestamp.from(at), providerReference, id);
  }

  @Override
  public void markSuppressed(long id, Instant at, String reason) {
    update("update family_message set status = 'SUPPRESSED', sent_at = ?, last_error = ?, secret = null, claimed_until = null"
        + " where id = ?", Timestamp.from(at), reason, id);
  }

  @Override
  public void markFailed(long id, String error, Instant nextAttemptAt) {
    if (nextAttemptAt == null) {
      jdbc.inTransaction(c -> {
        try (PreparedStatement u = c.prepareStatement(
            "update family_message set status = 'PARKED', attempts = attempts + 1, last_error = ?, claimed_until = null"
                + " where id = ? and status = 'IN_FLIGHT'")) {
          u.setString(1, error);
          u.setLong(2, id);
          if (u.executeUpdate() > 0) {
            Alerts.raiseForFamilyMessage(c, id, error);
          }
        }
        return null;
      });
    } else {
      update("update family_message set status = 'PENDING', attempts = attempts + 1, last_error = ?, next_attempt_at = ?,"
          + " claimed_until = null where id = ? and status = 'IN_FLIGHT'", error, Timestamp.from(nextAttemptAt), id);
    }
  }

  private void update(String sql, Object... args) {
    jdbc.inTransaction(c -> {
      try (PreparedStatement u = c.prepareStatement(sql)) {
        for (int i = 0; i < args.length; i++) {
          if (args[i] == null) {
            u.setNull(i + 1, Types.VARCHAR);
          } else {
            u.setObject(i + 1, args[i]);
          }
        }
        u.executeUpdate();
      }
      return null;
    });
  }
}
