package mx.gob.sre.mae.gateway.application.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Only the file-name cleaning of {@link IntakeService}; the service itself needs a container. */
class IntakeServiceTest {

  @Test
  void stripsUnixPath() {
    assertEquals("passwd", IntakeService.safeName("../../etc/passwd"));
  }

  @Test
  void stripsWindowsPath() {
    assertEquals("y.jpg", IntakeService.safeName("C:\\x\\y.jpg"));
  }

  @Test
  void keepsAPlainName() {
    assertEquals("acta de nacimiento (1).pdf", IntakeService.safeName("acta de nacimiento (1).pdf"));
  }

  @Test
  void keepsNonAsciiLetters() {
    assertEquals("José Núñez.jpg", IntakeService.safeName("José Núñez.jpg"));
  }

  @Test
  void removesAsciiControlCharacters() {
    assertEquals("photo.jpg", IntakeService.safeName("pho\u0000to\r\n.j\u001bpg\u007f"));
  }

  @Test
  void removesC1ControlCharacters() {
    assertEquals("photo.jpg", IntakeService.safeName("pho\u009bto\u0085.jpg"));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\u0000\t", "../", "C:\\x\\", "dir/ \n"})
  void fallsBackToAttachmentWhenNothingIsLeft(String name) {
    assertEquals("attachment", IntakeService.safeName(name));
  }

  @Test
  void cutsALongNameTo200CharactersKeepingTheExtension() {
    String name = "a".repeat(296) + ".jpg";

    String safe = IntakeService.safeName(name);

    assertEquals(200, safe.length());
    assertTrue(safe.endsWith(".jpg"), safe);
  }

  @Test
  void keepsANameOfExactly200Characters() {
    String name = "b".repeat(196) + ".pdf";

    assertEquals(name, IntakeService.safeName(name));
  }
}
