package mx.gob.sre.mae.gateway.infrastructure.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The SDK stays inside this adapter: no other class of the gateway or the routes names a com.twilio type. */
class TwilioIsolationTest {

  private static final Pattern TWILIO = Pattern.compile("\\bcom\\.twilio\\.");
  private static final Path ADAPTER = Path.of("mx", "gob", "sre", "mae", "gateway", "infrastructure", "twilio");

  @Test
  void onlyTheTwilioPackageUsesTheSdk() throws IOException {
    List<Path> roots = Stream.of(Path.of("src/main/java"), Path.of("../routes/src/main/java")).filter(Files::isDirectory).toList();
    assertTrue(roots.contains(Path.of("src/main/java")), "run from the gateway module");
    List<String> offenders;
    try (Stream<Path> files = roots.stream().flatMap(TwilioIsolationTest::javaFiles)) {
      offenders = files.filter(f -> !f.getParent().endsWith(ADAPTER)).filter(TwilioIsolationTest::namesTwilio).map(Path::toString).toList();
    }
    assertEquals(List.of(), offenders);
  }

  private static Stream<Path> javaFiles(Path root) {
    try {
      return Files.walk(root).filter(f -> f.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean namesTwilio(Path file) {
    try {
      return TWILIO.matcher(Files.readString(file)).find();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
