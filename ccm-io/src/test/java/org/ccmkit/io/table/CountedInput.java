package org.ccmkit.io.table;

import com.google.common.io.ByteSource;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.ccmkit.io.read.Input;

/**
 * An input in memory that counts the bytes a reader has taken from it so far: a deterministic measure of how far a
 * read went before it reported a failure or handed on a row (a test of "before any costly work" or of streaming that
 * does not depend on a clock). The readers' buffers take up to some tens of kilobytes ahead of what they parse.
 */
final class CountedInput {

  private final byte[] bytes;
  private final AtomicLong read = new AtomicLong();
  private final Input input;

  private CountedInput(String name, String text) {
    this.bytes = text.getBytes(StandardCharsets.UTF_8);
    ByteSource source = new ByteSource() {
      @Override
      public InputStream openStream() {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
          @Override
          public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
              read.incrementAndGet();
            }
            return b;
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
              read.addAndGet(n);
            }
            return n;
          }

          @Override
          public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            read.addAndGet(skipped);
            return skipped;
          }
        };
      }

      @Override
      public com.google.common.base.Optional<Long> sizeIfKnown() {
        return com.google.common.base.Optional.of((long) bytes.length);
      }
    };
    this.input = Input.builder().name(name).bytes(source).mediaType(Optional.empty()).build();
  }

  /** {@return an input named {@code name} (its extension chooses the reader) holding {@code text} as UTF-8} */
  static CountedInput of(String name, String text) {
    return new CountedInput(name, text);
  }

  Input input() {
    return input;
  }

  /** {@return the bytes taken from the input so far, by every stream opened on it} */
  long bytesRead() {
    return read.get();
  }

  /** {@return the input's size in bytes} */
  long size() {
    return bytes.length;
  }
}
