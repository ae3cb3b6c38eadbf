package mx.gob.sre.mae.routes.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a raw RFC 5322 message into a {@link ParsedEmail}, leniently: only bytes that are no email at all are refused. */
public final class EmailParser {

  /** A folio of an acknowledgement, as quoted in the subject of a reply. */
  static final Pattern FOLIO = Pattern.compile("(?i)(?<![A-Z0-9])MAE-(\\d{4})-(\\d{6,})(?!\\d)");
  /** A longer Message-ID is not used as the key (databases index keys; real ids are far shorter). */
  static final int MAX_MESSAGE_ID_LENGTH = 250;
  /** How deep attached messages inside attached messages are read for text. */
  static final int MAX_MESSAGE_DEPTH = 3;

  private static final Session SESSION = Session.getInstance(lenientProperties());

  /**
   * Parses a message.
   *
   * @param raw the message as received
   * @param maxAttachmentBytes attachments larger than this keep no content and are marked oversize
   * @throws UnparseableEmailException when the bytes cannot be read as an email (empty, binary, no headers)
   */
  public ParsedEmail parse(byte[] raw, long maxAttachmentBytes) throws UnparseableEmailException {
    if (maxAttachmentBytes < 0) {
      throw new IllegalArgumentException("maxAttachmentBytes must not be negative");
    }
    return parse(raw, maxAttachmentBytes, 0);
  }

  /** An attached message, parsed for its text only, or null when it is too deep or unreadable. */
  ParsedEmail nested(byte[] raw, int depth) {
    if (depth > MAX_MESSAGE_DEPTH) {
      return null;
    }
    try {
      return parse(raw, 0, depth);
    } catch (UnparseableEmailException e) {
      return null;
    }
  }

  private ParsedEmail parse(byte[] raw, long maxAttachmentBytes, int depth) throws UnparseableEmailException {
    String problem = RawMessageCheck.problem(raw);
    if (problem != null) {
      throw new UnparseableEmailException(problem);
    }
    MimeMessage message;
    try {
      int start = RawMessageCheck.start(raw);
      message = new MimeMessage(SESSION, new ByteArrayInputStream(raw, start, raw.length - start));
    } catch (MessagingException | RuntimeException e) {
      throw new UnparseableEmailException("cannot read the message: " + e.getMessage(), e);
    }
    Sender sender = Sender.parse(MimeHeaders.raw(message, "From"));
    TextDecoder.Decoded subject = MimeHeaders.text(message, "Subject");
    BodyExtractor.Body body;
    try {
      body = new BodyExtractor(this, maxAttachmentBytes, depth).extract(message);
    } catch (MessagingException | RuntimeException e) {
      body = BodyExtractor.fallback(raw);
    }
    List<String> inReplyTo = MimeHeaders.ids(MimeHeaders.raw(message, "In-Reply-To"));
    String quoted = QuoteSplitter.mark(body.quoted());
    String language = depth == 0
        ? LanguageDetection.isoCode((subject.text() == null ? "" : subject.text() + "\n") + body.text())
        : null;
    return new ParsedEmail(
        messageKey(message, raw),
        sender.address(),
        sender.name(),
        subject.text(),
        body.text(),
        quoted,
        language,
        body.attachments(),
        AutoReplyDetector.reason(message, sender.address()) != null,
        inReplyTo.isEmpty() ? null : inReplyTo.get(0),
        MimeHeaders.ids(MimeHeaders.raw(message, "References")),
        folio(subject.text()),
        body.charsetProblems() || subject.guessed() || sender.guessed());
  }

  private static String messageKey(MimeMessage message, byte[] raw) {
    List<String> ids = MimeHeaders.ids(MimeHeaders.raw(message, "Message-ID"));
    if (!ids.isEmpty() && ids.get(0).length() <= MAX_MESSAGE_ID_LENGTH) {
      return ids.get(0);
    }
    try {
      return ParsedEmail.HASH_KEY_PREFIX + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  private static String folio(String subject) {
    if (subject == null) {
      return null;
    }
    Matcher m = FOLIO.matcher(subject);
    return m.find() ? "MAE-" + m.group(1) + "-" + m.group(2) : null;
  }

  /**
   * Lenient Jakarta Mail settings. Only the address settings are read from the Session; Jakarta Mail reads the
   * others from JVM-wide system properties, so this parser does not rely on them and parses types, parameters,
   * encoded-words and transfer encodings leniently itself.
   */
  private static Properties lenientProperties() {
    Properties p = new Properties();
    p.setProperty("mail.mime.address.strict", "false");
    p.setProperty("mail.mime.allowutf8", "false");
    p.setProperty("mail.mime.decodetext.strict", "false");
    p.setProperty("mail.mime.parameters.strict", "false");
    p.setProperty("mail.mime.decodeparameters", "true");
    p.setProperty("mail.mime.decodefilename", "true");
    p.setProperty("mail.mime.ignoreunknownencoding", "true");
    p.setProperty("mail.mime.base64.ignoreerrors", "true");
    p.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
    p.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "true");
    p.setProperty("mail.mime.multipart.allowempty", "true");
    return p;
  }
}
