package org.ccmkit.io.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An input becomes text, or one document-level failure saying why not. */
class InputTest {

  private static final ReadLimits LIMITS = ReadLimits.defaults();

  @Test
  void utf8ByteOrderMarkIsAccepted() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "iso3,name\n".getBytes(StandardCharsets.UTF_8);
    byte[] both = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, both, 0, 3);
    System.arraycopy(text, 0, both, 3, text.length);
    ReadResult<Optional<String>> r = Input.of("states.csv", both).text(LIMITS);
    assertEquals(Optional.of("iso3,name\n"), r.value());
    assertTrue(r.failures().isEmpty());
  }

  @Test
  void utf16ByteOrderMarkIsAnEncodingFailure() {
    Failure f = only(Input.of("states.csv", new byte[] {(byte) 0xFF, (byte) 0xFE, 'i', 0}).text(LIMITS));
    assertEquals(FailureKind.ENCODING, f.kind());
    assertEquals(Location.of("states.csv", 1, 1), f.location());
    assertEquals(Optional.of("FF FE 69 00"), f.value());
    assertTrue(f.message().contains("UTF-16"), f.message());
  }

  @Test
  void invalidUtf8IsAnEncodingFailureAtItsLineAndColumn() {
    byte[] bytes = "iso3,name\nLAO,Lao\nCPV,Cabo Verd\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    Failure f = only(Input.of("states.csv", bytes).text(LIMITS));
    assertEquals(FailureKind.ENCODING, f.kind());
    assertEquals(Location.of("states.csv", 3, 14), f.location());
    assertEquals(Optional.of("E9"), f.value());
    assertEquals("states.csv, line 3, column 14: bytes are not valid UTF-8 at byte offset 31: 'E9'; expected UTF-8 text",
        f.message());
  }

  @Test
  void emptyAndBlankInputsAreEmpty() {
    assertEquals(FailureKind.EMPTY, only(Input.of("facts.csv", new byte[0]).text(LIMITS)).kind());
    Failure blank = only(Input.of("facts.json", " \r\n\t\n").text(LIMITS));
    assertEquals(FailureKind.EMPTY, blank.kind());
    assertEquals("facts.json: input holds only white space; expected data in the input's format", blank.message());
    assertEquals(FailureKind.EMPTY,
        only(Input.of("facts.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).text(LIMITS)).kind());
  }

  @Test
  void inputLargerThanTheLimitIsRefusedWithoutReadingAll() {
    ReadLimits small = ReadLimits.builder().maxInputBytes(10).build();
    Failure f = only(Input.of("facts.json", "[1,2,3,4,5,6,7,8]").text(small));
    assertEquals(FailureKind.LIMIT_EXCEEDED, f.kind());
    assertTrue(f.message().contains("at most 10 bytes"), f.message());
  }

  @Test
  void missingFileIsUnreadable() {
    Failure f = only(Input.of(Path.of("no", "such", "states.csv")).text(LIMITS));
    assertEquals(FailureKind.UNREADABLE, f.kind());
    assertEquals("states.csv", f.location().source());
  }

  @Test
  void extensionIsTheLowerCaseSuffix() {
    assertEquals("yml", Input.of("Data.YML", "x").extension());
    assertEquals("", Input.of("README", "x").extension());
  }

  private static Failure only(ReadResult<Optional<String>> r) {
    assertEquals(Optional.empty(), r.value());
    assertEquals(1, r.failures().size(), r.failures().toString());
    return r.failures().get(0);
  }
}
