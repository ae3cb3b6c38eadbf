package mx.gob.sre.mae.gateway.infrastructure.persistence.jdbc;

import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How long a recipient has to acknowledge a delivery before the consulate's supervisor is alerted:
 * MAE_ACK_DEADLINE_HOURS (default 24), MAE_ACK_DEADLINE_URGENT_MINUTES for ALBA/CHILD (default 120).
 */
final class AcknowledgementDeadlines {

  private AcknowledgementDeadlines() {}

  static Duration standard() {
    return Duration.ofHours(value("MAE_ACK_DEADLINE_HOURS", 24));
  }

  static Duration urgent() {
    return Duration.ofMinutes(value("MAE_ACK_DEADLINE_URGENT_MINUTES", 120));
  }

  private static long value(String key, long fallback) {
    return ConfigProvider.getConfig(AcknowledgementDeadlines.class.getClassLoader())
        .getOptionalValue(key, Long.class).orElse(fallback);
  }
}
