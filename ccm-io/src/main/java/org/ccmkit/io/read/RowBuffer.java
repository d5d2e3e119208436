package org.ccmkit.io.read;

import com.google.common.collect.ImmutableListMultimap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the rows a streaming read hands on, for the forms that return them in memory ({@link TableRows#collect},
 * {@link DatasetReader#readRows(Input, String, ReadLimits)}): each table's rows in the order read, every failure, how
 * many rows were rejected, and the notes. The rows read are the rows kept and the rows rejected.
 */
final class RowBuffer implements RowSink, TablesSink {

  private final Map<String, List<Row>> tables = new LinkedHashMap<>();
  private final List<Failure> failures = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private List<Row> current;
  private int rejected;

  /** This sink, keeping the rows it is now given as {@code table}'s. */
  @Override
  public RowSink table(String table) {
    current = tables.computeIfAbsent(table, t -> new ArrayList<>());
    return this;
  }

  @Override
  public void row(Row row) {
    if (current == null) {
      throw new IllegalStateException("a row came before its table (TablesSink.table was not called)");
    }
    current.add(row);
  }

  @Override
  public void reject(List<Failure> rowFailures) {
    failures.addAll(rowFailures);
    rejected++;
  }

  @Override
  public void fail(Failure failure) {
    failures.add(failure);
  }

  @Override
  public void note(String note) {
    notes.add(note);
  }

  /** Keeps the tables of a reader that parses its input whole, as if they had been streamed. */
  @Override
  public void all(ReadResult<TableRows> whole) {
    whole.value().present().forEach(t -> tables.computeIfAbsent(t, k -> new ArrayList<>()));
    whole.value().rows().asMap().forEach((t, rows) -> tables.get(t).addAll(rows));
    failures.addAll(whole.failures());
    notes.addAll(whole.notes());
    rejected += whole.rowsFailed();
  }

  /** {@return the tables kept, each with its rows, as a result; a table with no rows is present} */
  ReadResult<TableRows> tables() {
    ImmutableListMultimap.Builder<String, Row> all = ImmutableListMultimap.builder();
    tables.forEach(all::putAll);
    int kept = tables.values().stream().mapToInt(List::size).sum();
    return ReadResult.of(TableRows.of(all.build(), tables.keySet()), failures, kept + rejected, kept, rejected)
        .withNotes(notes);
  }
}
