package org.ccmkit.io.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A stream that fails with a {@link FailureKind#LIMIT_EXCEEDED} failure once more than a limit of bytes is read. */
final class LimitedInputStream extends FilterInputStream {

  private final long limit;
  private final String name;
  private long count;

  LimitedInputStream(InputStream in, long limit, String name) {
    super(in);
    this.limit = limit;
    this.name = name;
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
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, (int) Math.min(len, limit - count + 1));
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(Math.min(n, limit - count + 1));
    count(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void count(long n) throws InputException {
    count += n;
    if (count > limit) {
      throw new InputException(Failure.of(FailureKind.LIMIT_EXCEEDED, Location.of(name),
          "input is larger than the limit", "more than " + limit + " bytes",
          "at most " + limit + " bytes (ReadLimits.maxInputBytes)"));
    }
  }
}
