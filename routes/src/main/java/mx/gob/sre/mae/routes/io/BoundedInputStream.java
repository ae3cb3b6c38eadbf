package mx.gob.sre.mae.routes.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Counts the bytes read and throws the caller's exception past the limit, whatever length the
 * sender declared (chunked bodies declare none).
 */
public final class BoundedInputStream extends FilterInputStream {

  private final long max;
  private final Supplier<? extends RuntimeException> overLimit;
  private long read;

  public BoundedInputStream(InputStream in, long max, Supplier<? extends RuntimeException> overLimit) {
    super(in);
    this.max = max;
    this.overLimit = overLimit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(int n) {
    read += n;
    if (read > max) {
      throw overLimit.get();
    }
  }
}
