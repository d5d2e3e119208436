package org.ccmkit.io.read;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

/**
 * A reader of decoded UTF-8 text that counts lines, so that bytes which are not UTF-8 are reported at their line as an
 * {@link FailureKind#ENCODING} failure.
 */
final class DecodingReader extends FilterReader {

  private final String name;
  private int line = 1;

  DecodingReader(Reader in, String name) {
    super(in);
    this.name = name;
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    return read(one, 0, 1) < 0 ? -1 : one[0];
  }

  @Override
  public int read(char[] buffer, int off, int len) throws IOException {
    int n;
    try {
      n = super.read(buffer, off, len);
    } catch (InputException e) {
      throw e;
    } catch (CharacterCodingException e) {
      throw new InputException(Failure.of(FailureKind.ENCODING, Location.builder().source(name).line(line).build(),
          "bytes are not valid UTF-8", null, "UTF-8 text"));
    }
    for (int i = off; i < off + n; i++) {
      if (buffer[i] == '\n') {
        line++;
      }
    }
    return n;
  }
}
