package mx.gob.sre.mae.gateway.interfaces.rest;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Set;
import mx.gob.sre.mae.gateway.application.query.AttachmentDownloads;

/**
 * How a verified attachment leaves: always as a download (never rendered in our origin), with its
 * SHA-256 in {@code Repr-Digest} (RFC 9530) and {@code X-Content-SHA256} so the receiver can check
 * custody, and never cached.
 */
final class AttachmentResponses {

  /** Media types sent as recorded; anything else goes as application/octet-stream. */
  private static final Set<String> KNOWN = Set.of(
      "application/pdf", "image/jpeg", "image/png", "image/gif", "image/webp", "image/heic",
      "audio/mpeg", "audio/wav", "audio/x-wav", "audio/ogg", "text/plain");

  private AttachmentResponses() {}

  static Response of(AttachmentDownloads.Download file) {
    return Response.ok(file.content(), mediaType(file.mediaType()))
        .header("Content-Disposition", disposition(file.fileName()))
        .header("Repr-Digest", reprDigest(file.sha256()))
        .header("X-Content-SHA256", file.sha256())
        .header("Cache-Control", "no-store")
        .build();
  }

  static String mediaType(String recorded) {
    return recorded != null && KNOWN.contains(recorded) ? recorded : "application/octet-stream";
  }

  /** RFC 9530: {@code sha-256=:<base64 of the digest>:}. */
  static String reprDigest(String sha256Hex) {
    return "sha-256=:" + java.util.Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256Hex)) + ":";
  }

  /** {@code attachment} with an ASCII fallback name and the exact name in RFC 6266/5987 form. */
  static String disposition(String fileName) {
    String name = fileName == null || fileName.isBlank() ? "attachment" : fileName;
    String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
    String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }
}
