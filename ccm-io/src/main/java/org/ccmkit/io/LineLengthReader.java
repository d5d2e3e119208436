package org.ccmkit.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.InputException;
import org.ccmkit.io.read.Location;

/**
 * Refuses a line longer than a limit before the YAML parser sees it: snakeyaml does not keep to the string-length
 * limit and scans a long scalar slowly, so a five-megabyte scalar would be parsed for many seconds before its length
 * could be checked.
 */
final class LineLengthReader extends FilterReader {

  private final int limit;
  private final String name;
  private int line = 1;
  private int length;

  LineLengthReader(Reader in, int limit, String name) {
    super(in);
    this.limit = limit;
    this.name = name;
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    return read(one, 0, 1) < 0 ? -1 : one[0];
  }

  @Override
  public int read(char[] buffer, int off, int len) throws IOException {
    int n = super.read(buffer, off, len);
    for (int i = off; i < off + n; i++) {
      if (buffer[i] == '\n') {
        line++;
        length = 0;
      } else if (++length > limit) {
        throw new InputException(Failure.of(FailureKind.LIMIT_EXCEEDED, Location.builder().source(name).line(line)
                .build(), "line is longer than the string-length limit", "more than " + limit + " characters",
            "at most " + limit + " characters (ReadLimits.maxStringLength)"));
      }
    }
    return n;
  }
}
