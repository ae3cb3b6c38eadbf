package mx.gob.sre.mae.gateway.application.phone;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import mx.gob.sre.mae.gateway.infrastructure.config.InvalidConfigurationException;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;

/**
 * Which consulate answers each phone number (MAE_PHONE_NUMBERS, {@code +E164=CONSULATE,...}). The
 * embedded default answers the sandbox number +15005550006 (Twilio's test number) as LAX.
 */
@ApplicationScoped
public class PhoneLines {

  public static final String SANDBOX_NUMBER = "+15005550006";

  public Optional<String> consulateOf(String number) {
    return Optional.ofNullable(lines().get(normalise(number)));
  }

  public Map<String, String> lines() {
    String configured = MaeConfig.PHONE_NUMBERS.get();
    if (configured.isEmpty()) {
      return MaeConfig.demoData() ? Map.of(SANDBOX_NUMBER, "LAX") : Map.of();
    }
    Map<String, String> lines = new LinkedHashMap<>();
    for (String entry : configured.split(",")) {
      String[] parts = entry.split("=");
      if (parts.length != 2 || !normalise(parts[0]).matches("\\+[1-9]\\d{6,14}") || parts[1].isBlank()) {
        throw new InvalidConfigurationException(MaeConfig.PHONE_NUMBERS, "has an entry that is not +E164=CONSULATE: '" + entry.strip() + "'");
      }
      lines.put(normalise(parts[0]), parts[1].strip());
    }
    return lines;
  }

  /** A number as the provider writes it: whatsapp: prefix, spaces and dashes removed. */
  public static String normalise(String number) {
    if (number == null) {
      return "";
    }
    String n = number.strip();
    if (n.startsWith("whatsapp:")) {
      n = n.substring("whatsapp:".length());
    }
    return n.replaceAll("[\\s()\\-.]", "");
  }
}
