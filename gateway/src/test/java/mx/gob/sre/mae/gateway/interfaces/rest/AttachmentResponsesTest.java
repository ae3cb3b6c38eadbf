package mx.gob.sre.mae.gateway.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;

class AttachmentResponsesTest {

  @Test
  void aNameWithAccentsQuotesAndPathPartsIsSafeInTheHeaderAndExactInItsEncodedForm() {
    assertEquals("attachment; filename=\"fotograf_a _Jos__ .._etc_passwd.jpg\"; filename*=UTF-8''fotograf%C3%ADa%20%22Jos%C3%A9%22%20..%2Fetc%2Fpasswd.jpg",
        AttachmentResponses.disposition("fotografía \"José\" ../etc/passwd.jpg"));
    assertEquals("attachment; filename=\"attachment\"; filename*=UTF-8''attachment", AttachmentResponses.disposition(" "));
  }

  @Test
  void theDigestHeaderCarriesTheRecordedHashAndUnknownTypesAreNotRenderable() {
    byte[] content = "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
    assertEquals("sha-256=:" + java.util.Base64.getEncoder().encodeToString(DigestUtils.sha256(content)) + ":",
        AttachmentResponses.reprDigest(DigestUtils.sha256Hex(content)));
    assertEquals("application/octet-stream", AttachmentResponses.mediaType("text/html"));
    assertEquals("application/octet-stream", AttachmentResponses.mediaType(null));
    assertEquals("image/jpeg", AttachmentResponses.mediaType("image/jpeg"));
  }
}
