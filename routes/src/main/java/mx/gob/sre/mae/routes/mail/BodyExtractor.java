package mx.gob.sre.mae.routes.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks a message's MIME tree: picks the body text (plain preferred in multipart/alternative), collects attachments
 * and inline images within the size limit, and turns attached messages into marked forwarded sections.
 */
final class BodyExtractor {

  /** The line that starts the section of an attached message in {@link ParsedEmail#quotedText()}. */
  static final String FORWARDED_MARK = "--- Mensaje adjunto reenviado";

  /** What the walk found. */
  record Body(String text, List<String> quoted, List<ParsedEmail.Attachment> attachments, boolean charsetProblems) {}

  private record Piece(String text, boolean html) {}

  private static final int MAX_DEPTH = 20;
  private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");

  private final EmailParser parser;
  private final long maxAttachmentBytes;
  private final int messageDepth;
  private final List<Piece> pieces = new ArrayList<>();
  private final List<String> forwarded = new ArrayList<>();
  private final List<ParsedEmail.Attachment> attachments = new ArrayList<>();
  private boolean charsetProblems;

  BodyExtractor(EmailParser parser, long maxAttachmentBytes, int messageDepth) {
    this.parser = parser;
    this.maxAttachmentBytes = maxAttachmentBytes;
    this.messageDepth = messageDepth;
  }

  /** Walks the message and renders its text; quoted and forwarded parts come apart. */
  Body extract(Part message) throws MessagingException {
    walk(message, true, false, 0);
    List<String> quoted = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Piece piece : pieces) {
      String pieceText = piece.text();
      if (piece.html()) {
        HtmlToText.Rendered rendered = HtmlToText.render(piece.text());
        pieceText = rendered.text();
        quoted.addAll(rendered.quoted());
      }
      if (!pieceText.isBlank()) {
        text.append(text.isEmpty() ? "" : "\n\n").append(pieceText);
      }
    }
    QuoteSplitter.Split split = QuoteSplitter.split(text.toString());
    quoted.addAll(split.quoted());
    quoted.addAll(forwarded);
    return new Body(split.text(), quoted, attachments, charsetProblems);
  }

  /** The text of a body that could not be walked: everything after the header block, decoded by guessing. */
  static Body fallback(byte[] raw) {
    String all = new String(raw, StandardCharsets.ISO_8859_1);
    int end = all.indexOf("\r\n\r\n");
    int skip = 4;
    if (end < 0 || (all.indexOf("\n\n") >= 0 && all.indexOf("\n\n") < end)) {
      end = all.indexOf("\n\n");
      skip = 2;
    }
    byte[] body = end < 0 ? new byte[0] : Arrays.copyOfRange(raw, end + skip, raw.length);
    TextDecoder.Decoded decoded = TextDecoder.decode(body, null);
    QuoteSplitter.Split split = QuoteSplitter.split(decoded.text());
    return new Body(split.text(), split.quoted(), List.of(), decoded.guessed());
  }

  private void walk(Part part, boolean takeText, boolean relatedResource, int depth) throws MessagingException {
    HeaderValue type = MimeHeaders.contentType(part);
    if (type.primaryType().equals("multipart") && depth < MAX_DEPTH) {
      MimeMultipart multipart = open(part, type);
      if (multipart != null) {
        switch (type.subType()) {
          case "alternative" -> alternative(multipart, takeText, depth);
          case "related" -> related(multipart, type, takeText, depth);
          default -> {
            for (int i = 0; i < multipart.getCount(); i++) {
              walk(multipart.getBodyPart(i), takeText, false, depth + 1);
            }
          }
        }
        return;
      }
      leafText(part, new HeaderValue("text/plain", type.parameters(), false), takeText);
      return;
    }
    HeaderValue disposition = MimeHeaders.disposition(part);
    boolean isAttachment = "attachment".equals(disposition.value())
        || MimeHeaders.fileName(type, disposition) != null;
    if (isBodyText(type) && !isAttachment && !relatedResource) {
      leafText(part, type, takeText);
    } else if (type.value().equals("message/rfc822") || type.value().equals("message/global")) {
      attachedMessage(part, type, disposition);
    } else {
      attachment(part, type, disposition, relatedResource);
    }
  }

  private void alternative(MimeMultipart multipart, boolean takeText, int depth) throws MessagingException {
    int chosen = -1;
    for (String wanted : new String[] {"text/plain", "text/html"}) {
      for (int i = 0; i < multipart.getCount() && chosen < 0; i++) {
        BodyPart candidate = multipart.getBodyPart(i);
        HeaderValue type = MimeHeaders.contentType(candidate);
        if (type.value().equals(wanted) && !decode(candidate, type, false).isBlank()) {
          chosen = i;
        }
      }
    }
    if (chosen < 0) {
      for (int i = multipart.getCount() - 1; i >= 0 && chosen < 0; i--) {
        if (MimeHeaders.contentType(multipart.getBodyPart(i)).primaryType().equals("multipart")) {
          chosen = i;
        }
      }
    }
    for (int i = 0; i < multipart.getCount(); i++) {
      walk(multipart.getBodyPart(i), takeText && i == chosen, false, depth + 1);
    }
  }

  private void related(MimeMultipart multipart, HeaderValue type, boolean takeText, int depth)
      throws MessagingException {
    int root = 0;
    String start = type.parameter("start");
    if (start != null) {
      for (int i = 0; i < multipart.getCount(); i++) {
        String id = MimeHeaders.raw(multipart.getBodyPart(i), "Content-ID");
        if (id != null && MimeHeaders.ids(id).equals(MimeHeaders.ids(start))) {
          root = i;
        }
      }
    }
    for (int i = 0; i < multipart.getCount(); i++) {
      walk(multipart.getBodyPart(i), takeText && i == root, i != root, depth + 1);
    }
  }

  private MimeMultipart open(Part part, HeaderValue type) {
    try {
      String boundary = type.parameter("boundary");
      String contentType = "multipart/" + type.subType()
          + (boundary == null || boundary.isBlank() ? "" : "; boundary=\"" + boundary.replace("\"", "") + "\"");
      MimeMultipart multipart = new MimeMultipart(new ByteArrayDataSource(PartContent.raw(part), contentType));
      return multipart.getCount() > 0 ? multipart : null;
    } catch (MessagingException | RuntimeException e) {
      return null;
    }
  }

  private void leafText(Part part, HeaderValue type, boolean takeText) throws MessagingException {
    if (!takeText) {
      return;
    }
    String text = decode(part, type, true);
    boolean html = type.value().equals("text/html");
    if (!html && "flowed".equalsIgnoreCase(type.parameter("format"))) {
      text = FlowedText.unflow(text, "yes".equalsIgnoreCase(type.parameter("delsp")));
    }
    pieces.add(new Piece(text, html));
  }

  private String decode(Part part, HeaderValue type, boolean record) throws MessagingException {
    byte[] bytes = PartContent.read(part, Long.MAX_VALUE).content();
    String charset = type.parameter("charset");
    if ((charset == null || charset.isBlank()) && type.value().equals("text/html")) {
      Matcher meta = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1));
      charset = meta.find() ? meta.group(1) : null;
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, charset);
    if (record) {
      charsetProblems |= decoded.guessed() || type.guessed();
    }
    return decoded.text();
  }

  private void attachment(Part part, HeaderValue type, HeaderValue disposition, boolean relatedResource)
      throws MessagingException {
    PartContent.Bounded content = PartContent.read(part, maxAttachmentBytes);
    boolean inline = "inline".equals(disposition.value())
        || (disposition.value() == null && (relatedResource || MimeHeaders.raw(part, "Content-ID") != null));
    String name = MimeHeaders.fileName(type, disposition);
    charsetProblems |= disposition.guessed() || type.guessed();
    attachments.add(new ParsedEmail.Attachment(
        name != null ? name : madeUpName(type.value()), type.value(), content.content(), inline,
        content.oversize(), content.size()));
  }

  private void attachedMessage(Part part, HeaderValue type, HeaderValue disposition) throws MessagingException {
    byte[] bytes = PartContent.read(part, Long.MAX_VALUE).content();
    String name = MimeHeaders.fileName(type, disposition);
    ParsedEmail nested = parser.nested(bytes, messageDepth + 1);
    if (name == null) {
      String subject = nested == null || nested.subject() == null ? "" : nested.subject();
      String base = subject.replaceAll("[\\\\/\\x00-\\x1F\\x7F\"*:<>?|]", "_").strip();
      name = (base.isEmpty() ? "mensaje-reenviado" : base.substring(0, Math.min(base.length(), 80))) + ".eml";
    }
    boolean oversize = bytes.length > maxAttachmentBytes;
    attachments.add(new ParsedEmail.Attachment(
        name, type.value(), oversize ? null : bytes, false, oversize, bytes.length));
    if (nested != null) {
      charsetProblems |= nested.charsetProblems();
      StringBuilder section = new StringBuilder(FORWARDED_MARK + " (" + name + ") ---\n");
      if (nested.from() != null || nested.fromName() != null) {
        section.append("De: ").append(nested.fromName() == null ? "" : nested.fromName() + " ")
            .append(nested.from() == null ? "" : "<" + nested.from() + ">").append('\n');
      }
      if (nested.subject() != null) {
        section.append("Asunto: ").append(nested.subject()).append('\n');
      }
      section.append('\n').append(nested.text());
      if (!nested.quotedText().isEmpty()) {
        section.append("\n\n").append(nested.quotedText());
      }
      forwarded.add(section.toString().strip());
    }
  }

  private static boolean isBodyText(HeaderValue type) {
    return type.value().equals("text/plain") || type.value().equals("text/html");
  }

  private String madeUpName(String mediaType) {
    String extension = switch (mediaType.toLowerCase(Locale.ROOT)) {
      case "image/jpeg", "image/jpg", "image/pjpeg" -> ".jpg";
      case "image/png" -> ".png";
      case "image/gif" -> ".gif";
      case "image/heic" -> ".heic";
      case "application/pdf" -> ".pdf";
      case "text/plain" -> ".txt";
      case "text/html" -> ".html";
      case "text/calendar" -> ".ics";
      case "message/delivery-status" -> ".txt";
      case "text/rfc822-headers" -> ".txt";
      default -> ".bin";
    };
    return "adjunto-" + (attachments.size() + 1) + extension;
  }
}
