package mx.gob.sre.mae.gateway.infrastructure.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import mx.gob.sre.mae.gateway.domain.model.cases.StoredFile;
import org.apache.commons.codec.digest.DigestUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemAttachmentStoreTest {

  private static final byte[] CONTENT = "%PDF-1.4 acta de nacimiento".getBytes(StandardCharsets.UTF_8);

  @TempDir
  Path root;

  @Test
  void storesUnderAPathNamedByTheSha256() throws IOException {
    FileSystemAttachmentStore store = new FileSystemAttachmentStore(root);
    String sha256 = DigestUtils.sha256Hex(CONTENT);

    StoredFile stored = store.store(CONTENT, "application/pdf");

    assertEquals(sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256, stored.storageKey());
    Path file = root.resolve(stored.storageKey());
    assertTrue(Files.isRegularFile(file), file.toString());
    assertEquals(List.of(file), regularFiles());
  }

  @Test
  void returnsSha256SizeAndMediaType() throws IOException {
    StoredFile stored = new FileSystemAttachmentStore(root).store(CONTENT, "application/pdf");

    assertEquals(DigestUtils.sha256Hex(CONTENT), stored.sha256());
    assertEquals(CONTENT.length, stored.size());
    assertEquals("application/pdf", stored.mediaType());
    assertArrayEquals(CONTENT, Files.readAllBytes(root.resolve(stored.storageKey())));
  }

  @Test
  void storesEqualContentOnce() throws IOException {
    FileSystemAttachmentStore store = new FileSystemAttachmentStore(root);

    StoredFile first = store.store(CONTENT, "application/pdf");
    StoredFile second = store.store(CONTENT.clone(), "application/pdf");

    assertEquals(first.storageKey(), second.storageKey());
    assertEquals(first, second);
    assertEquals(1, regularFiles().size(), regularFiles().toString());
  }

  @Test
  void storesDifferentContentSeparately() throws IOException {
    FileSystemAttachmentStore store = new FileSystemAttachmentStore(root);

    StoredFile a = store.store(CONTENT, "application/pdf");
    StoredFile b = store.store("another file".getBytes(StandardCharsets.UTF_8), "image/png");

    assertNotEquals(a.storageKey(), b.storageKey());
    assertEquals(2, regularFiles().size(), regularFiles().toString());
  }

  @Test
  void leavesNoTemporaryFilesBehind() throws IOException {
    FileSystemAttachmentStore store = new FileSystemAttachmentStore(root);

    store.store(CONTENT, "application/pdf");
    store.store(new byte[0], "application/octet-stream");

    assertTrue(regularFiles().stream().noneMatch(p -> p.getFileName().toString().endsWith(".part")), regularFiles().toString());
  }

  @Test
  void openReadsTheBytesBack() throws IOException {
    FileSystemAttachmentStore store = new FileSystemAttachmentStore(root);
    StoredFile stored = store.store(CONTENT, "application/pdf");

    try (InputStream in = store.open(stored.storageKey())) {
      assertArrayEquals(CONTENT, in.readAllBytes());
    }
  }

  @Test
  void openReadsTheBytesBackThroughANewStoreOnTheSameRoot() throws IOException {
    StoredFile stored = new FileSystemAttachmentStore(root).store(CONTENT, "application/pdf");

    try (InputStream in = new FileSystemAttachmentStore(root).open(stored.storageKey())) {
      assertArrayEquals(CONTENT, in.readAllBytes());
    }
  }

  @Test
  void openOfAnUnknownKeyFails() {
    FileSystemAttachmentStore store = new FileSystemAttachmentStore(root);
    String sha256 = DigestUtils.sha256Hex("never stored");

    assertThrows(UncheckedIOException.class, () -> store.open(sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256));
  }

  private List<Path> regularFiles() throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }
}
