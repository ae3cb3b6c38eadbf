package mx.gob.sre.mae.gateway.application.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import mx.gob.sre.mae.gateway.infrastructure.files.TikaContentTypeDetector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AttachmentPolicyTest {

  private static final long ONE_MEGABYTE = 1024 * 1024;

  private static final ContentTypeDetector TIKA = new TikaContentTypeDetector();

  private static byte[] jpeg;
  private static byte[] png;
  private static byte[] pdf;

  private final AttachmentPolicy policy = new AttachmentPolicy(ONE_MEGABYTE);

  @BeforeAll
  static void makeFiles() {
    System.setProperty("java.awt.headless", "true");
    jpeg = image("jpg");
    png = image("png");
    pdf = ("%PDF-1.4\n"
            + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            + "trailer << /Root 1 0 R >>\n"
            + "%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void detectorRecognisesTheSampleFilesByContent() {
    assertEquals("image/jpeg", TIKA.detect(jpeg));
    assertEquals("image/png", TIKA.detect(png));
    assertEquals("application/pdf", TIKA.detect(pdf));
  }

  @Test
  void acceptsJpegPngAndPdf() {
    List<Violation> problems = policy.check(
        List.of(new UploadedFile("photo.jpg", jpeg), new UploadedFile("photo.png", png), new UploadedFile("acta.pdf", pdf)),
        TIKA);

    assertTrue(problems.isEmpty(), problems.toString());
  }

  @Test
  void judgesByContentNotByName() {
    List<Violation> problems = policy.check(List.of(new UploadedFile("scan.bin", png)), TIKA);

    assertTrue(problems.isEmpty(), problems.toString());
  }

  @Test
  void acceptsNoFiles() {
    assertTrue(policy.check(List.of(), TIKA).isEmpty());
  }

  @Test
  void rejectsTextFileNamedLikeAPhoto() {
    byte[] text = "This is not a photo, just some text.\n".getBytes(StandardCharsets.UTF_8);

    List<Violation> problems = policy.check(List.of(new UploadedFile("photo.jpg", text)), TIKA);

    assertEquals(List.of(Violation.of("attachments[0]", "error.attachmentType")), problems);
  }

  @Test
  void rejectsOtherFormatsEvenIfHarmless() {
    byte[] gif = "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;".getBytes(StandardCharsets.ISO_8859_1);
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    List<Violation> problems = policy.check(
        List.of(new UploadedFile("a.gif", gif), new UploadedFile("b.pdf", zip), new UploadedFile("c.png", new byte[0])),
        TIKA);

    assertEquals(
        List.of(
            Violation.of("attachments[0]", "error.attachmentType"),
            Violation.of("attachments[1]", "error.attachmentType"),
            Violation.of("attachments[2]", "error.attachmentType")),
        problems);
  }

  @Test
  void namesOnlyTheOffendingFile() {
    byte[] text = "plain text".getBytes(StandardCharsets.UTF_8);

    List<Violation> problems = policy.check(
        List.of(new UploadedFile("ok.jpg", jpeg), new UploadedFile("bad.jpg", text), new UploadedFile("ok.pdf", pdf)),
        TIKA);

    assertEquals(List.of(Violation.of("attachments[1]", "error.attachmentType")), problems);
  }

  @Test
  void acceptsFileOfExactlyTheLimit() {
    byte[] atLimit = Arrays.copyOf(png, (int) ONE_MEGABYTE);

    assertTrue(policy.check(List.of(new UploadedFile("big.png", atLimit)), TIKA).isEmpty());
  }

  @Test
  void rejectsFileOverTheLimitNamingTheLimitInMegabytes() {
    byte[] tooBig = Arrays.copyOf(jpeg, (int) ONE_MEGABYTE + 1);

    List<Violation> problems = policy.check(List.of(new UploadedFile("big.jpg", tooBig)), TIKA);

    assertEquals(List.of(Violation.of("attachments[0]", "error.attachmentTooLarge", 1)), problems);
    assertEquals(1, policy.maxMegabytes());
  }

  @Test
  void acceptsTenFiles() {
    assertTrue(policy.check(files(10), TIKA).isEmpty());
  }

  @Test
  void rejectsElevenFiles() {
    List<Violation> problems = policy.check(files(11), TIKA);

    assertEquals(List.of(Violation.of("attachments", "error.tooManyAttachments", AttachmentPolicy.MAX_FILES)), problems);
    assertEquals(10, AttachmentPolicy.MAX_FILES);
  }

  private static List<UploadedFile> files(int count) {
    List<UploadedFile> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      files.add(new UploadedFile("photo" + i + ".jpg", jpeg));
    }
    return files;
  }

  private static byte[] image(String format) {
    BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(Color.ORANGE);
    g.fillRect(0, 0, 4, 4);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, format, out)) {
        throw new IllegalStateException("No ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
