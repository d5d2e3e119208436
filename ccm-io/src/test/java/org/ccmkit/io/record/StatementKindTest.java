package org.ccmkit.io.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.ccmkit.io.Datasets;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.table.RecordTables;
import org.ccmkit.io.JsonDatasetReader;
import org.ccmkit.io.read.ReaderRegistry;
import org.ccmkit.model.SourceRef;
import org.junit.jupiter.api.Test;

/**
 * A statement's kind is a {@link StatementKind}: the shipped record uses every kind, and a file naming a kind that
 * is not one gets a failure naming the known kinds, with a "did you mean" for a near one.
 */
class StatementKindTest {

  private static final RecordTables TABLES = RecordTables.readingWith(ReaderRegistry.of(List.of(new JsonDatasetReader())));


  private static final PublishedRecord RECORD = Datasets.publishedRecord();

  private static String row(String fact) {
    return "[{\"state\": \"CPV\", \"fact\": \"" + fact + "\", \"cycle\": \"13MSP\", \"value\": \"2011\", "
        + "\"date\": null, \"source\": {\"document\": \"RD\", \"locator\": \"para 183\"}, \"quote\": \"Cabo Verde "
        + "(2011)\", \"note\": null}]";
  }

  private static ReadResult<? extends List<StateStatement>> read(String fact) {
    return TABLES.statements(Input.of("statements.json", row(fact)));
  }

  @Test
  void theShippedRecordUsesEveryKindAndNoOther() {
    EnumSet<StatementKind> used = EnumSet.noneOf(StatementKind.class);
    RECORD.statements().forEach(s -> used.add(s.kind()));
    assertEquals(EnumSet.allOf(StatementKind.class), used);
    assertEquals(336, Arrays.stream(StatementKind.values()).mapToInt(k -> RECORD.statements(k).size()).sum());
  }

  @Test
  void caboVerdesOverdueInitialReportIsAStatementOfThatKind() {
    // RD para 183: "Cabo Verde (2011)"
    StateStatement cpv = RECORD.statements(StatementKind.INITIAL_REPORT_OVERDUE).get(0);
    assertEquals("CPV", cpv.state());
    assertEquals("2011", cpv.value().orElseThrow());
    assertEquals(SourceRef.of("RD", "para 183"), cpv.source());
  }

  @Test
  void aMisspeltKindIsAFailureThatNamesTheKindsAndSuggestsTheNearOne() {
    ReadResult<? extends List<StateStatement>> r = read("INITIAL_REPORT_OVERDU");
    assertEquals(1, r.failures().size(), r.toString());
    Failure f = r.failures().get(0);
    assertEquals("INITIAL_REPORT_OVERDU", f.value().orElseThrow());
    String expected = f.expected().orElseThrow();
    assertTrue(expected.startsWith("one of ACCEDED, RATIFIED, SIGNATORY,"), expected);
    assertTrue(expected.endsWith("did you mean 'INITIAL_REPORT_OVERDUE'?"), expected);
    assertTrue(f.message().contains("fact"), f.message());
    assertEquals(0, r.rowsAccepted());
  }

  @Test
  void aKindIsReadInAnyCaseWithHyphensForUnderscores() {
    ReadResult<? extends List<StateStatement>> r = read("initial-report-overdue");
    assertTrue(r.failures().isEmpty(), r.toString());
    assertEquals(StatementKind.INITIAL_REPORT_OVERDUE, r.value().get(0).kind());
  }

  @Test
  void aStatementWithoutAKindIsRefusedByName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new StateStatement("CPV", null,
        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), SourceRef.of("RD", "x"),
        java.util.Optional.empty(), java.util.Optional.empty()));
    assertEquals("StateStatement.kind must be given (state CPV)", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RECORD.statements(null));
  }

  @Test
  void aStatementsDateIsAYearAMonthOrADayAndItsYearIsGiven() {
    // RD para 93: "South Sudan submitted its initial report in 2024"
    StateStatement ssd = RECORD.statements(StatementKind.INITIAL_REPORT_SUBMITTED).get(0);
    assertEquals(java.util.Optional.of(java.time.Year.of(2024)), ssd.year());
    // RD para 30: Lithuania's withdrawal "becoming effective on 6 March 2025"
    assertEquals(java.util.Optional.of(java.time.Year.of(2025)), RECORD.statements(StatementKind.WITHDRAWAL).get(0)
        .year());
    ReadResult<? extends List<StateStatement>> r = TABLES.statements(Input.of("statements.json",
        row("INITIAL_REPORT_SUBMITTED").replace("\"date\": null", "\"date\": \"2024-13\"")));
    assertEquals(1, r.failures().size(), r.toString());
    assertTrue(r.failures().get(0).message().contains("like 2023, 2023-12 or 2025-03-06, was '2024-13'"),
        r.failures().toString());
  }

  @Property(tries = 200)
  void everyKindRoundTripsThroughItsNameInTheRecordsJson(@ForAll StatementKind kind, @ForAll boolean lowerCase) {
    String written = lowerCase ? kind.name().toLowerCase(Locale.ROOT) : kind.name();
    ReadResult<? extends List<StateStatement>> r = read(written);
    assertTrue(r.failures().isEmpty(), r.toString());
    assertEquals(kind, r.value().get(0).kind());
  }

  @Property(tries = 300)
  void aKindWithOneLetterDroppedIsRefusedAndSuggested(@ForAll StatementKind kind,
      @ForAll @IntRange(max = 100) int at) {
    String name = kind.name();
    int i = at % name.length();
    String typo = name.substring(0, i) + name.substring(i + 1);
    ReadResult<? extends List<StateStatement>> r = read(typo);
    assertEquals(1, r.failures().size(), r.toString());
    String expected = r.failures().get(0).expected().orElseThrow();
    assertTrue(expected.contains("did you mean") && expected.contains("'" + name + "'"), typo + ": " + expected);
  }
}
