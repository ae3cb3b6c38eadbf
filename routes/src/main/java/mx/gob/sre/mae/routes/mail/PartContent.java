package mx.gob.sre.mae.routes.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/** Reads the decoded bytes of a MIME part up to a limit, counting the rest, and salvages broken transfer encodings. */
final class PartContent {

  /** The bytes (null when over the limit) and the full decoded size. */
  record Bounded(byte[] content, long size) {
    boolean oversize() {
      return content == null;
    }
  }

  private static final int CHUNK = 8192;

  private PartContent() {}

  /** Decoded bytes, up to {@code limit}; a broken base64 or unknown encoding is decoded leniently or kept raw. */
  static Bounded read(Part part, long limit) throws MessagingException {
    try (InputStream in = part.getInputStream()) {
      return bounded(in, limit);
    } catch (IOException | MessagingException e) {
      return salvage(part, limit);
    }
  }

  /** The undecoded body of a part (for multiparts, which Jakarta Mail would otherwise parse strictly). */
  static byte[] raw(Part part) throws MessagingException {
    try (InputStream in = rawStream(part)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new MessagingException("cannot read the part", e);
    }
  }

  private static Bounded salvage(Part part, long limit) throws MessagingException {
    byte[] raw = raw(part);
    String[] encodings = part.getHeader("Content-Transfer-Encoding");
    String encoding = encodings == null || encodings.length == 0 ? "" : encodings[0].trim().toLowerCase(Locale.ROOT);
    byte[] decoded = raw;
    if (encoding.startsWith("base64")) {
      String clean = new String(raw, StandardCharsets.ISO_8859_1).replaceAll("[^A-Za-z0-9+/]", "");
      if (clean.length() % 4 == 1) {
        clean = clean.substring(0, clean.length() - 1);
      }
      decoded = Base64.getDecoder().decode(clean + "==".substring(0, (4 - clean.length() % 4) % 4));
    } else if (encoding.startsWith("quoted-printable")) {
      try (InputStream in = MimeUtility.decode(new ByteArrayInputStream(raw), "quoted-printable")) {
        decoded = in.readAllBytes();
      } catch (IOException e) {
        decoded = raw;
      }
    }
    try {
      return bounded(new ByteArrayInputStream(decoded), limit);
    } catch (IOException e) {
      throw new MessagingException("cannot read the part", e);
    }
  }

  private static Bounded bounded(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    byte[] buffer = new byte[CHUNK];
    long size = 0;
    boolean over = false;
    for (int n; (n = in.read(buffer)) != -1; ) {
      size += n;
      if (!over && size > limit) {
        over = true;
        kept = null;
      }
      if (!over) {
        kept.write(buffer, 0, n);
      }
    }
    return new Bounded(over ? null : kept.toByteArray(), size);
  }

  private static InputStream rawStream(Part part) throws MessagingException {
    if (part instanceof MimeMessage message) {
      return message.getRawInputStream();
    }
    if (part instanceof MimeBodyPart body) {
      return body.getRawInputStream();
    }
    try {
      return part.getInputStream();
    } catch (IOException e) {
      throw new MessagingException("cannot read the part", e);
    }
  }
}
