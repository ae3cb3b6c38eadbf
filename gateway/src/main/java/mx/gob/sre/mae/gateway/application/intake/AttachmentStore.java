package mx.gob.sre.mae.gateway.application.intake;

import java.io.InputStream;
import mx.gob.sre.mae.gateway.domain.model.cases.StoredFile;

/** Port: durable, content-addressed storage of attachments. */
public interface AttachmentStore {

  /** Writes the bytes (idempotent for equal content) and returns what was stored. */
  StoredFile store(byte[] content, String mediaType);

  InputStream open(String storageKey);
}
