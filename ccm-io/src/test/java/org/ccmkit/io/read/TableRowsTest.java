package org.ccmkit.io.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TableRows#collect}: the in-memory form of a streaming read keeps what the read hands on, and its counts. */
class TableRowsTest {

  private static Row row(String table, int n) {
    return FlatRow.of(Location.of("data.csv").withTable(table), FlatRow.Header.of(List.of("state")),
        new JsonNode[] {TextNode.valueOf("LAO" + n)});
  }

  private static Failure failure(String reason) {
    return Failure.of(FailureKind.MALFORMED, Location.of("data.csv"), reason);
  }

  private static Failure rowFailure(String reason) {
    return Failure.of(FailureKind.WRONG_TYPE, Location.of("data.csv").withRow(2), reason);
  }

  @Test
  void aStreamedReadIsKeptTableByTableWithItsCounts() {
    Row a = row("states", 1);
    Row b = row("facts", 2);
    ReadResult<TableRows> r = TableRows.collect(sink -> {
      sink.table("states").row(a);
      sink.table("submissions");
      RowSink facts = sink.table("facts");
      facts.row(b);
      facts.reject(List.of(rowFailure("a bad row")));
      sink.fail(failure("a bad document"));
      facts.note("read with semicolons");
    });
    assertEquals(ImmutableListMultimap.of("states", a, "facts", b), r.value().rows());
    assertEquals(ImmutableSet.of("states", "submissions", "facts"), r.value().present());
    assertEquals(List.of("a bad row", "a bad document"), r.failures().stream().map(Failure::reason).toList());
    assertEquals(List.of("read with semicolons"), r.notes());
    assertEquals(3, r.rowsRead());
    assertEquals(2, r.rowsAccepted());
    assertEquals(1, r.rowsFailed());
  }

  @Test
  void aReadThatGivesItsTablesWholeIsKeptAsGiven() {
    Row a = row("facts", 1);
    ReadResult<TableRows> whole = ReadResult.of(TableRows.of(ImmutableListMultimap.of("facts", a),
        List.of("facts", "states")), List.of(rowFailure("a bad row")), 2, 1, 1).withNotes(List.of("a note"));
    ReadResult<TableRows> r = TableRows.collect(sink -> sink.all(whole));
    assertEquals(whole.value(), r.value());
    assertEquals(whole.failures(), r.failures());
    assertEquals(whole.notes(), r.notes());
    assertEquals(List.of(2, 1, 1), List.of(r.rowsRead(), r.rowsAccepted(), r.rowsFailed()));
  }
}
