package mx.gob.sre.mae.routes.mail;

import java.util.List;

/**
 * What the intake needs from one received email.
 *
 * @param messageKey the Message-ID without angle brackets or, when it has none (or an absurdly long one),
 *     {@code sha256:} and the hex SHA-256 of the raw bytes
 * @param from the sender's address, or null when there is none
 * @param fromName the sender's display name, or null
 * @param subject the decoded subject, or null when there is none
 * @param text the account to store: the new text of the message, never null
 * @param quotedText quoted replies, forwarded parts and attached messages, each section marked; empty when none
 * @param language the ISO 639-1 code of the text and subject, or null when too short or uncertain
 * @param attachments the attached and inline files, in message order
 * @param autoSubmitted true for auto-replies, bounces and list mail
 * @param inReplyTo the first In-Reply-To message id without angle brackets, or null
 * @param references the References message ids without angle brackets, oldest first
 * @param folioInSubject a {@code MAE-yyyy-nnnnnn} folio found in the subject, or null
 * @param charsetProblems true when some text had to be decoded with a guessed charset
 */
public record ParsedEmail(
    String messageKey,
    String from,
    String fromName,
    String subject,
    String text,
    String quotedText,
    String language,
    List<Attachment> attachments,
    boolean autoSubmitted,
    String inReplyTo,
    List<String> references,
    String folioInSubject,
    boolean charsetProblems) {

  /** The prefix of a message key made from the raw bytes when the message has no Message-ID. */
  public static final String HASH_KEY_PREFIX = "sha256:";

  public ParsedEmail {
    attachments = List.copyOf(attachments);
    references = List.copyOf(references);
  }

  /** Whether the key is the sender's Message-ID rather than a hash of the raw bytes. */
  public boolean hasMessageId() {
    return !messageKey.startsWith(HASH_KEY_PREFIX);
  }

  /**
   * A file attached to, or shown inline in, the email.
   *
   * @param fileName a safe file name (no directories), made up when the message gives none
   * @param mediaType the media type without parameters, in lower case
   * @param content the decoded bytes, or null when oversize
   * @param inline true for images shown in the body (inline disposition or referenced by Content-ID)
   * @param oversize true when larger than the limit: the bytes stay only in the raw message, which the caller stores
   * @param size the decoded size in bytes
   */
  public record Attachment(
      String fileName, String mediaType, byte[] content, boolean inline, boolean oversize, long size) {

    /** A note for the case file when the bytes were not kept, or null when they were. */
    public String note() {
      return oversize
          ? "Adjunto «" + fileName + "» (" + mediaType + ", " + size + " bytes) no guardado por exceder el tamaño"
              + " máximo; se conserva en el mensaje original."
          : null;
    }
  }
}
