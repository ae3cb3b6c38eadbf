package mx.gob.sre.mae.routes.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A small local file of outcomes that happened but could not be written to the database: a webhook
 * answered 2xx, then the connection to the database broke before the row said DELIVERED. Without it
 * the row would be claimed again after its lease and sent a second time. Each entry is forced to disk
 * before the send is considered recorded; entries are written to the database as soon as it answers
 * again, and a message with an entry here is never sent again.
 */
public final class ReceiptJournal {

  private static final Logger LOG = Logger.getLogger(ReceiptJournal.class.getName());

  /** One outcome: the outbox row, when it happened, and the provider's reference if any. */
  public record Entry(long id, Instant at, String reference) {}

  private final Path file;
  private final Map<Long, Entry> entries = new LinkedHashMap<>();

  public ReceiptJournal(Path file) {
    this.file = file;
    if (Files.exists(file)) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          Entry e = parse(line);
          if (e != null) {
            entries.put(e.id(), e);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the receipt journal " + file, e);
      }
      if (!entries.isEmpty()) {
        LOG.warning(() -> entries.size() + " delivery outcome(s) from before the restart are still to be written to the database: " + file);
      }
    }
  }

  /** Forces the entry to disk; throws if it could not be. */
  public synchronized void append(Entry e) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (var channel = java.nio.channels.FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
        channel.write(java.nio.ByteBuffer.wrap(line(e).getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("Cannot write the receipt journal " + file, ex);
    }
    entries.put(e.id(), e);
  }

  /**
   * Runs {@code write} (the database write of an outcome); if it fails, keeps {@code entry} here
   * instead and returns normally. Throws the write's failure only if the entry could not be kept.
   */
  public void recordOrKeep(Entry entry, Runnable write, String what) {
    try {
      write.run();
    } catch (RuntimeException e) {
      try {
        append(entry);
      } catch (RuntimeException journalFailure) {
        e.addSuppressed(journalFailure);
        throw e;
      }
      LOG.warning(() -> what + " " + entry.id() + " happened but the database did not take it (" + e + "); kept in " + file);
    }
  }

  public synchronized boolean contains(long id) {
    return entries.containsKey(id);
  }

  public synchronized int size() {
    return entries.size();
  }

  /**
   * Writes the entries to the database with {@code record}, oldest first, and forgets those written.
   * Stops at the first that fails (the database is still away) and keeps it and the rest.
   */
  public synchronized void settle(Consumer<Entry> record) {
    if (entries.isEmpty()) {
      return;
    }
    List<Long> written = new ArrayList<>();
    for (Entry e : entries.values()) {
      try {
        record.accept(e);
        written.add(e.id());
      } catch (RuntimeException ex) {
        LOG.log(Level.FINE, "The database still does not take the outcome of " + e.id(), ex);
        break;
      }
    }
    if (written.isEmpty()) {
      return;
    }
    written.forEach(entries::remove);
    rewrite();
    LOG.info(() -> written.size() + " delivery outcome(s) kept through a database outage are now recorded; " + entries.size() + " left");
  }

  private void rewrite() {
    try {
      if (entries.isEmpty()) {
        Files.deleteIfExists(file);
        return;
      }
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      StringBuilder text = new StringBuilder();
      entries.values().forEach(e -> text.append(line(e)));
      Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
          StandardOpenOption.WRITE, StandardOpenOption.SYNC);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      // the entries already written to the database would be written again after a restart: harmless
      LOG.log(Level.WARNING, "Cannot rewrite the receipt journal " + file, e);
    }
  }

  private static String line(Entry e) {
    String ref = e.reference() == null ? "-" : Base64.getUrlEncoder().encodeToString(e.reference().getBytes(StandardCharsets.UTF_8));
    return e.id() + "\t" + e.at().toEpochMilli() + "\t" + ref + "\n";
  }

  /** Null for a torn last line (a crash while appending: that outcome was never reported as recorded). */
  private static Entry parse(String line) {
    String[] parts = line.split("\t");
    if (parts.length != 3) {
      return null;
    }
    try {
      String ref = parts[2].equals("-") ? null : new String(Base64.getUrlDecoder().decode(parts[2]), StandardCharsets.UTF_8);
      return new Entry(Long.parseLong(parts[0]), Instant.ofEpochMilli(Long.parseLong(parts[1])), ref);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
