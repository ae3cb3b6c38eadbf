package mx.gob.sre.mae.gateway.infrastructure.phone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;

/**
 * The SMS sandbox's webhook secret: signature checking is never switched off, so the embedded
 * default makes a random auth token once and keeps it in {@code MAE_DATA_DIR/twilio-sandbox-auth-token},
 * where the sandbox script reads it to sign its requests exactly as Twilio would.
 */
public final class SandboxCredentials {

  public static final String FILE_NAME = "twilio-sandbox-auth-token";

  private SandboxCredentials() {}

  public static synchronized String authToken() {
    Path file = MaeConfig.dataDir().resolve(FILE_NAME);
    try {
      if (Files.exists(file)) {
        return Files.readString(file, StandardCharsets.US_ASCII).strip();
      }
      byte[] random = new byte[20];
      new SecureRandom().nextBytes(random);
      String token = HexFormat.of().formatHex(random);
      Files.createDirectories(file.getParent());
      Files.writeString(file, token + "\n", StandardCharsets.US_ASCII);
      return token;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot keep the sandbox auth token in " + file, e);
    }
  }
}
