package org.ccmkit.io.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;

/** A result accounts for every row, and the caller chooses what a failure means. */
class ReadResultTest {

  private static final Failure ROW_2 = Failure.of(FailureKind.UNKNOWN_STATE,
      Location.of("facts.csv", 3, 1).withTable("facts").withRow(2).withField("subject"), "State not in the register",
      "XXX", "one of the 112 States the register lists");
  private static final Failure HEADER = Failure.of(FailureKind.UNKNOWN_FIELD,
      Location.of("facts.csv", 1, 8).withField("colour"), "unknown column; its values are not read", "colour", null);

  @Test
  void countsMustAddUp() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReadResult.of("x", ImmutableList.of(ROW_2), 3, 1, 1));
    assertTrue(e.getMessage().contains("rows read must equal rows accepted plus rows failed"), e.getMessage());
  }

  @Test
  void everyFailedRowMustBeNamedByAFailure() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReadResult.of("x", ImmutableList.of(HEADER), 2, 1, 1));
    assertTrue(e.getMessage().contains("must name every failed row"), e.getMessage());
    assertEquals(1, ReadResult.of("x", ImmutableList.of(HEADER, ROW_2), 2, 1, 1).rowsFailed());
  }

  @Test
  void lenientTakesTheValueAndStrictThrowsListingEveryFailure() {
    ReadResult<String> r = ReadResult.of("two facts", ImmutableList.of(HEADER, ROW_2), 3, 2, 1);
    assertEquals("two facts", r.get(Strictness.LENIENT));
    ReadException e = assertThrows(ReadException.class, () -> r.get(Strictness.STRICT));
    assertEquals(ImmutableList.of(HEADER, ROW_2), e.failures());
    assertEquals("2 failures reading input:\n"
        + "  UNKNOWN_FIELD: facts.csv, line 1, column 8, field 'colour': unknown column; its values are not read: "
        + "'colour'\n"
        + "  UNKNOWN_STATE: facts.csv, line 3, column 1, facts row 2, field 'subject': State not in the register: "
        + "'XXX'; expected one of the 112 States the register lists", e.getMessage());
    assertEquals("two facts", ReadResult.of("two facts").orThrow());
  }

  @Test
  void aSecondReadingMustAccountForTheRowsTheFirstAccepted() {
    ReadResult<Integer> parsed = ReadResult.of(3, ImmutableList.of(), 3, 3, 0);
    ReadResult<String> converted = parsed.thenRead(n -> ReadResult.of("2 of 3", ImmutableList.of(ROW_2), 3, 2, 1));
    assertEquals("3 rows read, 2 accepted, 1 failed; 1 failure", converted.summary());
    assertThrows(IllegalStateException.class, () -> parsed.thenRead(n -> ReadResult.of("lost one",
        ImmutableList.of(), 2, 2, 0)));
  }

  @Test
  void longValuesAreShortenedInMessages() {
    Failure f = Failure.of(FailureKind.WRONG_TYPE, Location.of("a.json"), "not a date", "x".repeat(200) + "\n", null);
    assertEquals(Failure.MAX_VALUE_LENGTH + 1, f.value().get().length());
    assertTrue(f.value().get().endsWith("…"));
    assertEquals("\\u000a", Failure.shorten("\n"));
  }
}
