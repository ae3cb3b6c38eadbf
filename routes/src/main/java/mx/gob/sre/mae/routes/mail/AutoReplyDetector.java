package mx.gob.sre.mae.routes.mail;

import jakarta.mail.Part;
import java.util.Locale;
import java.util.Set;

/** Tells auto-replies, bounces and list mail from mail a person wrote, by their headers (RFC 3834 and common practice). */
final class AutoReplyDetector {

  private static final Set<String> AUTOMATIC_PRECEDENCE = Set.of("bulk", "list", "junk", "auto_reply");
  private static final Set<String> SYSTEM_SENDERS = Set.of("mailer-daemon", "postmaster");

  private AutoReplyDetector() {}

  /** Why the message is automatic (a header and its value), or null when a person sent it. */
  static String reason(Part message, String fromAddress) {
    String autoSubmitted = MimeHeaders.raw(message, "Auto-Submitted");
    if (autoSubmitted != null && !autoSubmitted.isEmpty() && !keyword(autoSubmitted).equals("no")) {
      return "Auto-Submitted: " + autoSubmitted;
    }
    String precedence = MimeHeaders.raw(message, "Precedence");
    if (precedence != null && AUTOMATIC_PRECEDENCE.contains(keyword(precedence))) {
      return "Precedence: " + precedence;
    }
    for (String header : new String[] {"List-Id", "List-Unsubscribe", "X-Auto-Response-Suppress"}) {
      if (MimeHeaders.raw(message, header) != null) {
        return header;
      }
    }
    for (String header : new String[] {"X-Autoreply", "X-Autorespond"}) {
      String value = MimeHeaders.raw(message, header);
      if (value != null && !keyword(value).equals("no")) {
        return header + ": " + value;
      }
    }
    for (String returnPath : MimeHeaders.all(message, "Return-Path")) {
      if (returnPath.replaceAll("\\s", "").equals("<>")) {
        return "Return-Path: <>";
      }
    }
    if (fromAddress != null) {
      int at = fromAddress.indexOf('@');
      String local = (at < 0 ? fromAddress : fromAddress.substring(0, at)).toLowerCase(Locale.ROOT);
      if (SYSTEM_SENDERS.contains(local)) {
        return "From: " + fromAddress;
      }
    }
    HeaderValue type = MimeHeaders.contentType(message);
    if (type.value().equals("multipart/report")) {
      return "Content-Type: multipart/report";
    }
    return null;
  }

  private static String keyword(String value) {
    int semicolon = value.indexOf(';');
    return (semicolon < 0 ? value : value.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }
}
