package mx.gob.sre.mae.gateway.infrastructure.files;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import mx.gob.sre.mae.gateway.application.intake.AttachmentStore;
import mx.gob.sre.mae.gateway.domain.model.cases.StoredFile;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;
import org.apache.commons.codec.digest.DigestUtils;

/**
 * Attachments under MAE_DATA_DIR/attachments, named by their SHA-256 (ab/cd/abcd…): equal content is
 * stored once, a file is written to a temporary name, forced to disk and moved into place.
 */
@ApplicationScoped
public class FileSystemAttachmentStore implements AttachmentStore {

  private final Path root;

  public FileSystemAttachmentStore() {
    this(MaeConfig.dataDir().resolve("attachments"));
  }

  public FileSystemAttachmentStore(Path root) {
    this.root = root;
  }

  @Override
  public StoredFile store(byte[] content, String mediaType) {
    String sha256 = DigestUtils.sha256Hex(content);
    String key = sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    Path target = root.resolve(key);
    try {
      if (!Files.exists(target)) {
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), sha256, ".part");
        try (var channel = java.nio.channels.FileChannel.open(tmp, StandardOpenOption.WRITE)) {
          channel.write(java.nio.ByteBuffer.wrap(content));
          channel.force(true);
        }
        try {
          Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store attachment " + sha256 + " under " + root, e);
    }
    return new StoredFile(key, mediaType, content.length, sha256);
  }

  @Override
  public InputStream open(String storageKey) {
    try {
      return Files.newInputStream(root.resolve(storageKey));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read attachment " + storageKey, e);
    }
  }
}
