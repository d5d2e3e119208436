package org.ccmkit.io.read;

import com.google.common.io.ByteSource;
import com.google.common.io.MoreFiles;
import com.google.common.io.Resources;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An input to read: a file, a class-path resource or bytes in memory, with the name failures cite (the file name) and,
 * where known, its media type. Nothing is read until a reader asks; a missing or unreadable file is then a
 * {@link FailureKind#UNREADABLE} failure.
 */
@Value.Immutable
public abstract class Input {

  /** Implemented in this package only (by the generated immutable class). */
  Input() {}

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** {@return the name failures cite: a file name, a resource name, or a name given to bytes in memory} */
  public abstract String name();

  /** {@return the bytes} */
  @Value.Auxiliary
  public abstract ByteSource bytes();

  /** {@return the media type, where known, e.g. {@code text/csv}} */
  public abstract Optional<String> mediaType();

  /**
   * {@return the file the bytes come from, where they come from a file: it is checked to be a regular file before it is read}
   */
  @Value.Auxiliary
  public abstract Optional<Path> file();

  /** {@return a builder} */
  public static ImmutableInput.Builder builder() {
    return ImmutableInput.builder();
  }

  /**
   * Bytes in memory, cited as {@code name}.
   *
   * @param name the name
   * @param bytes the bytes
   * @return the input
   */
  public static Input of(String name, byte[] bytes) {
    return builder().name(name).bytes(ByteSource.wrap(bytes.clone())).build();
  }

  /**
   * Text in memory, encoded as UTF-8, cited as {@code name}.
   *
   * @param name the name
   * @param text the text
   * @return Text in memory, encoded as UTF-8, cited as {@code name}
   */
  public static Input of(String name, String text) {
    return builder().name(name).bytes(ByteSource.wrap(text.getBytes(StandardCharsets.UTF_8))).build();
  }

  /**
   * A file, cited by its file name.
   *
   * @param file the file
   * @return a file, cited by its file name
   */
  public static Input of(Path file) {
    Path fileName = file.getFileName();
    return builder().name(fileName == null ? file.toString() : fileName.toString()).bytes(MoreFiles.asByteSource(file))
        .file(file).build();
  }

  /**
   * A resource (for example on the class path), cited by the last segment of its path.
   *
   * @param resource the resource's name
   * @return a resource (for example on the class path), cited by the last segment of its path
   */
  public static Input of(URL resource) {
    String path = resource.getPath();
    return builder().name(path.substring(path.lastIndexOf('/') + 1)).bytes(Resources.asByteSource(resource)).build();
  }

  /** {@return the file extension of the name, lower case, without the dot ({@code csv}); empty if the name has none} */
  public String extension() {
    int dot = name().lastIndexOf('.');
    return dot < 0 || dot == name().length() - 1 ? "" : name().substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * The input's bytes as a stream that keeps to {@link ReadLimits#maxInputBytes()}: past it, a read throws an
   * {@link InputException} with a {@link FailureKind#LIMIT_EXCEEDED} failure. Empty, with an
   * {@link FailureKind#UNREADABLE} failure, if the input is missing or is not a regular file (a FIFO, a device or a
   * folder is refused before it is opened, so that it cannot block or flood the read).
   *
   * @param limits the limits on what is read
   * @return the input's bytes as a stream that keeps to {@link ReadLimits#maxInputBytes()}: past it, a read throws an
   *     {@link InputException} with a {@link FailureKind#LIMIT_EXCEEDED} failure
   */
  public ReadResult<Optional<InputStream>> openBytes(ReadLimits limits) {
    Optional<Failure> special = checkFile();
    if (special.isPresent()) {
      return ReadResult.failed(Optional.empty(), special.get());
    }
    try {
      return ReadResult.of(Optional.of(new LimitedInputStream(bytes().openStream(), limits.maxInputBytes(), name())));
    } catch (IOException | RuntimeException e) {
      return ReadResult.failed(Optional.empty(), Failure.of(FailureKind.UNREADABLE, Location.of(name()),
          "cannot open the input", e.getMessage(), "a readable file"));
    }
  }

  /**
   * The input as a stream of text, decoded as UTF-8 as it is read: a UTF-8 byte-order mark is skipped; a UTF-16 or
   * UTF-32 one is an {@link FailureKind#ENCODING} failure at once, and bytes that are not UTF-8 make a read throw an
   * {@link InputException} with an {@link FailureKind#ENCODING} failure at their line. Nothing is read into memory
   * beyond the reader's buffer. Empty, with the failure, if the input cannot be opened.
   *
   * @param limits the limits on what is read
   * @return the input as a stream of text, decoded as UTF-8 as it is read: a UTF-8 byte-order mark is skipped; a
   *     UTF-16 or UTF-32 one is an {@link FailureKind#ENCODING} failure at once, and bytes that are not UTF-8 make a
   *     read throw an {@link InputException} with an {@link FailureKind#ENCODING} failure at their line
   */
  public ReadResult<Optional<java.io.Reader>> open(ReadLimits limits) {
    ReadResult<Optional<InputStream>> opened = openBytes(limits);
    if (opened.value().isEmpty()) {
      return opened.map(o -> Optional.empty());
    }
    java.io.PushbackInputStream in = new java.io.PushbackInputStream(opened.value().get(), 4);
    try {
      byte[] head = in.readNBytes(4);
      int skip = 0;
      if (startsWith(head, UTF8_BOM)) {
        skip = UTF8_BOM.length;
      } else if (startsWith(head, new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF})
          || startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xFE})
          || startsWith(head, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
        in.close();
        return ReadResult.failed(Optional.empty(), Failure.of(FailureKind.ENCODING, Location.of(name(), 1, 1),
            "input starts with a UTF-16 or UTF-32 byte-order mark", hex(head, 0, head.length),
            "UTF-8 text (a UTF-8 byte-order mark is accepted)"));
      }
      in.unread(head, skip, head.length - skip);
      CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      return ReadResult.of(Optional.of(new DecodingReader(new java.io.InputStreamReader(in, decoder), name())));
    } catch (InputException e) {
      closeQuietly(in);
      return ReadResult.failed(Optional.empty(), e.failure());
    } catch (IOException | RuntimeException e) {
      closeQuietly(in);
      return ReadResult.failed(Optional.empty(), Failure.of(FailureKind.UNREADABLE, Location.of(name()),
          "cannot read the input", e.getMessage(), "a readable file"));
    }
  }

  /** {@return the failure of an input that holds nothing: no byte, or only white space} */
  public Failure emptyFailure() {
    return Failure.of(FailureKind.EMPTY, Location.of(name()), "input is empty or holds only white space", null,
        "data in the input's format");
  }

  private Optional<Failure> checkFile() {
    if (file().isEmpty()) {
      return Optional.empty();
    }
    Path f = file().get();
    if (!java.nio.file.Files.exists(f)) {
      return Optional.of(Failure.of(FailureKind.UNREADABLE, Location.of(name()),
          java.nio.file.Files.isSymbolicLink(f) ? "link to nothing, or a loop of links" : "no such file", null,
          "a readable file"));
    }
    if (!java.nio.file.Files.isRegularFile(f)) {
      return Optional.of(Failure.of(FailureKind.UNREADABLE, Location.of(name()),
          java.nio.file.Files.isDirectory(f) ? "a folder, not a file" : "not a regular file (a FIFO, a device or a "
              + "socket); it is not read", null, "a regular file"));
    }
    return Optional.empty();
  }

  private static void closeQuietly(java.io.Closeable c) {
    try {
      c.close();
    } catch (IOException e) {
      // nothing was read; the failure already reported says why
    }
  }

  /**
   * The input as text: read within {@code limits}, a UTF-8 byte-order mark removed, and checked to be UTF-8 and not
   * blank. Empty with a document-level failure ({@link FailureKind#UNREADABLE}, {@link FailureKind#LIMIT_EXCEEDED},
   * {@link FailureKind#ENCODING} or {@link FailureKind#EMPTY}) otherwise.
   *
   * @param limits the limits on what is read
   * @return the input as text: read within {@code limits}, a UTF-8 byte-order mark removed, and checked to be UTF-8
   *     and not blank
   */
  public ReadResult<Optional<String>> text(ReadLimits limits) {
    Optional<Failure> special = checkFile();
    if (special.isPresent()) {
      return ReadResult.failed(Optional.empty(), special.get());
    }
    byte[] data;
    try (InputStream in = bytes().openStream()) {
      data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxInputBytes() + 1));
    } catch (IOException | RuntimeException e) {
      return ReadResult.failed(Optional.empty(), Failure.of(FailureKind.UNREADABLE, Location.of(name()),
          "cannot read the input", e.getMessage(), "a readable file"));
    }
    if (data.length > limits.maxInputBytes()) {
      return ReadResult.failed(Optional.empty(), Failure.of(FailureKind.LIMIT_EXCEEDED, Location.of(name()),
          "input is larger than the limit", "more than " + limits.maxInputBytes() + " bytes",
          "at most " + limits.maxInputBytes() + " bytes (ReadLimits.maxInputBytes)"));
    }
    int start = 0;
    if (startsWith(data, UTF8_BOM)) {
      start = UTF8_BOM.length;
    } else if (startsWith(data, new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF})
        || startsWith(data, new byte[] {(byte) 0xFF, (byte) 0xFE})
        || startsWith(data, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
      return ReadResult.failed(Optional.empty(), Failure.of(FailureKind.ENCODING, Location.of(name(), 1, 1),
          "input starts with a UTF-16 or UTF-32 byte-order mark", hex(data, 0, Math.min(4, data.length)),
          "UTF-8 text (a UTF-8 byte-order mark is accepted)"));
    }
    Optional<Failure> bad = decode(data, start);
    if (bad.isPresent()) {
      return ReadResult.failed(Optional.empty(), bad.get());
    }
    String text = new String(data, start, data.length - start, StandardCharsets.UTF_8);
    if (text.isBlank()) {
      return ReadResult.failed(Optional.empty(), Failure.of(FailureKind.EMPTY, Location.of(name()),
          data.length == 0 ? "input is empty" : "input holds only white space", null, "data in the input's format"));
    }
    return ReadResult.of(Optional.of(text));
  }

  private Optional<Failure> decode(byte[] data, int start) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(data, start, data.length - start);
    // UTF-8 never decodes to more chars than it has bytes, so the output cannot overflow.
    CharBuffer out = CharBuffer.allocate(data.length - start + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (!r.isError()) {
      return Optional.empty();
    }
    int at = in.position();
    int line = 1;
    int column = 1;
    for (int i = start; i < at; i++) {
      if (data[i] == '\n') {
        line++;
        column = 1;
      } else if ((data[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return Optional.of(Failure.of(FailureKind.ENCODING, Location.of(name(), line, column),
        "bytes are not valid UTF-8 at byte offset " + at, hex(data, at, Math.min(data.length, at + r.length())),
        "UTF-8 text"));
  }

  private static boolean startsWith(byte[] data, byte[] prefix) {
    if (data.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String hex(byte[] data, int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int i = from; i < to; i++) {
      s.append(s.length() == 0 ? "" : " ").append(String.format("%02X", data[i] & 0xFF));
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return name();
  }
}
