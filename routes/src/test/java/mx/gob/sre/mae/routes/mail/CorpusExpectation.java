package mx.gob.sre.mae.routes.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One row of the corpus's expected.csv: what parsing one message must give. */
record CorpusExpectation(
    String file,
    String key,
    String language,
    boolean autoSubmitted,
    int attachments,
    int inline,
    int oversize,
    String folio,
    boolean charsetProblems,
    String from,
    String fromName,
    String subject,
    List<String> attachmentNames,
    List<String> textContains,
    List<String> textNotContains,
    List<String> quotedContains) {

  static final String CORPUS = "/mx/gob/sre/mae/routes/mail/corpus/";
  private static final int COLUMNS = 16;

  /** The rows of expected.csv, in file order. */
  static List<CorpusExpectation> load() {
    try (InputStream in = CorpusExpectation.class.getResourceAsStream(CORPUS + "expected.csv")) {
      if (in == null) {
        throw new IllegalStateException("expected.csv is missing from " + CORPUS);
      }
      List<CorpusExpectation> rows = new ArrayList<>();
      boolean header = true;
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        rows.add(parse(line));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the message must be refused as no email. */
  boolean unparseable() {
    return key.equals("error");
  }

  /** Whether the key must be made from the raw bytes. */
  boolean hashKey() {
    return key.equals("sha256");
  }

  @Override
  public String toString() {
    return file;
  }

  private static CorpusExpectation parse(String line) {
    String[] c = Arrays.stream(line.split(";", -1)).map(String::strip).toArray(String[]::new);
    if (c.length == 2 && c[1].equals("error")) {
      return new CorpusExpectation(c[0], "error", null, false, 0, 0, 0, null, false, null, null, null,
          List.of(), List.of(), List.of(), List.of());
    }
    if (c.length != COLUMNS) {
      throw new IllegalArgumentException("expected.csv: " + COLUMNS + " columns wanted, " + c.length + " in: " + line);
    }
    return new CorpusExpectation(c[0], c[1], nullable(c[2]), Boolean.parseBoolean(c[3]), Integer.parseInt(c[4]),
        Integer.parseInt(c[5]), Integer.parseInt(c[6]), nullable(c[7]), Boolean.parseBoolean(c[8]), nullable(c[9]),
        nullable(c[10]), nullable(c[11]), list(c[12]), list(c[13]), list(c[14]), list(c[15]));
  }

  private static String nullable(String value) {
    return value.equals("-") ? null : value;
  }

  private static List<String> list(String value) {
    if (value.equals("-") || value.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(value.split(" \\| ")).map(s -> s.strip().replace("\\n", "\n")).toList();
  }
}
