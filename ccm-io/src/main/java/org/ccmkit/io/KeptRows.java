package org.ccmkit.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.read.Row;
import org.ccmkit.io.read.RowSink;
import org.ccmkit.io.read.TableRows;
import org.ccmkit.io.read.TablesSink;

/**
 * Keeps the rows the streaming readers of this package hand on, for their forms that return the rows in memory (a
 * table's rows, a document's or a workbook's tables): each table's rows in the order read, every failure, how many rows
 * were rejected, and the notes. The rows read are the rows kept and the rows rejected.
 */
final class KeptRows implements RowSink, TablesSink {

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
      throw new IllegalStateException("KeptRows: a row came before its table");
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

  @Override
  public void all(ReadResult<TableRows> whole) {
    throw new IllegalStateException("the readers that keep their rows here stream them");
  }

  /** {@return the rows kept, of every table in the order they came, as a result} */
  ReadResult<ImmutableList<Row>> rows() {
    ImmutableList<Row> rows = tables.values().stream().flatMap(List::stream).collect(ImmutableList.toImmutableList());
    return ReadResult.of(rows, failures, rows.size() + rejected, rows.size(), rejected).withNotes(notes);
  }

  /** {@return the tables kept, each with its rows, as a result; a table with no rows is present} */
  ReadResult<TableRows> tables() {
    ImmutableListMultimap.Builder<String, Row> all = ImmutableListMultimap.builder();
    tables.forEach(all::putAll);
    return rows().map(rows -> TableRows.of(all.build(), tables.keySet()));
  }
}
