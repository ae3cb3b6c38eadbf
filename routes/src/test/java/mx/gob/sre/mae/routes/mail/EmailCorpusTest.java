package mx.gob.sre.mae.routes.mail;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every message of the corpus parses to the outcome its row of expected.csv gives, every message has a row, and corrupted copies never crash the parser. */
class EmailCorpusTest {

  /** The attachment limit the expectations assume. */
  private static final long MAX_ATTACHMENT_BYTES = 100 * 1024;
  private static final EmailParser PARSER = new EmailParser();
  private static final int CORRUPTIONS_PER_MESSAGE = 25;

  static Stream<CorpusExpectation> corpus() {
    return CorpusExpectation.load().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void parsesAsExpected(CorpusExpectation expected) throws Exception {
    byte[] raw = read(expected.file());
    if (expected.unparseable()) {
      assertThrows(UnparseableEmailException.class, () -> PARSER.parse(raw, MAX_ATTACHMENT_BYTES));
      return;
    }
    ParsedEmail email = PARSER.parse(raw, MAX_ATTACHMENT_BYTES);
    List<Executable> checks = new ArrayList<>();
    checks.add(() -> assertEquals(expected.hashKey() ? sha256Key(raw) : expected.key(), email.messageKey(), "messageKey"));
    checks.add(() -> assertEquals(!expected.hashKey(), email.hasMessageId(), "hasMessageId"));
    checks.add(() -> assertEquals(expected.language(), email.language(), "language"));
    checks.add(() -> assertEquals(expected.autoSubmitted(), email.autoSubmitted(), "autoSubmitted"));
    checks.add(() -> assertEquals(expected.attachments(), email.attachments().size(), "attachments"));
    checks.add(() -> assertEquals((long) expected.inline(), count(email, ParsedEmail.Attachment::inline), "inline attachments"));
    checks.add(() -> assertEquals((long) expected.oversize(), count(email, ParsedEmail.Attachment::oversize), "oversize attachments"));
    checks.add(() -> assertEquals(expected.folio(), email.folioInSubject(), "folioInSubject"));
    checks.add(() -> assertEquals(expected.charsetProblems(), email.charsetProblems(), "charsetProblems"));
    checks.add(() -> assertEquals(expected.from(), email.from(), "from"));
    checks.add(() -> assertEquals(expected.fromName(), email.fromName(), "fromName"));
    checks.add(() -> assertEquals(expected.subject(), email.subject(), "subject"));
    checks.add(() -> assertEquals(expected.attachmentNames(),
        email.attachments().stream().map(ParsedEmail.Attachment::fileName).toList(), "attachment names"));
    for (String wanted : expected.textContains()) {
      checks.add(() -> assertTrue(email.text().contains(wanted), "text should contain «" + wanted + "» but is:\n" + email.text()));
    }
    for (String unwanted : expected.textNotContains()) {
      checks.add(() -> assertFalse(email.text().contains(unwanted), "text must not contain «" + unwanted + "» but is:\n" + email.text()));
    }
    if (expected.quotedContains().isEmpty()) {
      checks.add(() -> assertEquals("", email.quotedText(), "quotedText"));
    }
    for (String wanted : expected.quotedContains()) {
      checks.add(() -> assertTrue(email.quotedText().contains(wanted),
          "quotedText should contain «" + wanted + "» but is:\n" + email.quotedText()));
    }
    for (ParsedEmail.Attachment a : email.attachments()) {
      checks.add(() -> attachmentIsConsistent(a));
    }
    assertAll(expected.file(), checks.stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void aCorruptedCopyIsParsedOrRefusedButNeverCrashesTheParser(CorpusExpectation message) throws Exception {
    byte[] original = read(message.file());
    Random random = new Random(message.file().hashCode());
    for (int i = 0; i < CORRUPTIONS_PER_MESSAGE && original.length > 0; i++) {
      byte[] corrupted = corrupt(original, random);
      try {
        ParsedEmail email = PARSER.parse(corrupted, MAX_ATTACHMENT_BYTES);
        assertNotNull(email.text());
        assertNotNull(email.quotedText());
        assertNotNull(email.messageKey());
      } catch (UnparseableEmailException refused) {
        // refusing is fine: the caller quarantines the raw bytes
      }
    }
  }

  /** Truncates, flips bytes, drops a stretch, or splices MIME syntax in, at a random place. */
  private static byte[] corrupt(byte[] original, Random random) {
    byte[] m = original.clone();
    int at = random.nextInt(m.length);
    switch (random.nextInt(4)) {
      case 0 -> m = Arrays.copyOf(m, at);
      case 1 -> {
        for (int k = 0; k < 1 + random.nextInt(20); k++) {
          m[random.nextInt(m.length)] = (byte) random.nextInt(256);
        }
      }
      case 2 -> {
        int end = Math.min(m.length, at + random.nextInt(200));
        byte[] shorter = new byte[m.length - (end - at)];
        System.arraycopy(m, 0, shorter, 0, at);
        System.arraycopy(m, end, shorter, at, m.length - end);
        m = shorter;
      }
      default -> {
        byte[] splice = "\r\n--\r\nContent-Type: multipart/mixed; boundary=\"x\r\n=?UTF-8?B?w=?=\r\n> "
            .getBytes(StandardCharsets.US_ASCII);
        byte[] longer = new byte[m.length + splice.length];
        System.arraycopy(m, 0, longer, 0, at);
        System.arraycopy(splice, 0, longer, at, splice.length);
        System.arraycopy(m, at, longer, at + splice.length, m.length - at);
        m = longer;
      }
    }
    return m;
  }

  @Test
  void everyMessageInTheCorpusHasExactlyOneExpectation() throws Exception {
    Set<String> files;
    try (Stream<Path> list = Files.list(corpusFolder())) {
      files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".eml"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    List<String> rows = corpus().map(CorpusExpectation::file).toList();
    assertEquals(rows.size(), Set.copyOf(rows).size(), "a message has two rows");
    assertEquals(files, new TreeSet<>(rows));
    assertTrue(files.size() >= 30, "the corpus has " + files.size() + " messages, fewer than 30");
  }

  private static void attachmentIsConsistent(ParsedEmail.Attachment a) {
    if (a.oversize()) {
      assertNull(a.content(), a.fileName() + ": oversize keeps no content");
      assertTrue(a.size() > MAX_ATTACHMENT_BYTES, a.fileName() + ": oversize but only " + a.size() + " bytes");
      assertNotNull(a.note(), a.fileName() + ": oversize needs a note");
    } else {
      assertNotNull(a.content(), a.fileName() + ": content");
      assertEquals(a.size(), a.content().length, a.fileName() + ": size");
      assertNull(a.note(), a.fileName() + ": note");
    }
    assertFalse(a.fileName().contains("/") || a.fileName().contains("\\"), a.fileName() + ": unsafe file name");
  }

  private static long count(ParsedEmail email, Predicate<ParsedEmail.Attachment> which) {
    return email.attachments().stream().filter(which).count();
  }

  private static String sha256Key(byte[] raw) throws Exception {
    return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
  }

  private static byte[] read(String file) throws IOException {
    try (InputStream in = EmailCorpusTest.class.getResourceAsStream(CorpusExpectation.CORPUS + file)) {
      assertNotNull(in, file + " is missing from the corpus");
      return in.readAllBytes();
    }
  }

  private static Path corpusFolder() throws URISyntaxException {
    return Path.of(EmailCorpusTest.class.getResource(CorpusExpectation.CORPUS + "expected.csv").toURI()).getParent();
  }
}
