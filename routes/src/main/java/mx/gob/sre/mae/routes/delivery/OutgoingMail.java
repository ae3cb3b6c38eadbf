package mx.gob.sre.mae.routes.delivery;

import java.util.List;

/** An email to send: one recipient address, a plain-text body, attachments, and a stable Message-ID. */
public record OutgoingMail(String to, String subject, String text, List<Attachment> attachments, String messageId) {

  public OutgoingMail {
    attachments = List.copyOf(attachments);
  }

  /** A file attached to the mail. */
  public record Attachment(String fileName, String mediaType, byte[] content) {}
}
