package org.ccmkit.io.read;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps the rows parsed, for inputs whose tables must all be parsed before any is converted. */
final class RowBuffer implements RowSink {

  private final List<Row> rows = new ArrayList<>();
  private final List<Failure> failures = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private int rejected;

  @Override
  public void row(Row row) {
    rows.add(row);
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

  /** The rows parsed and the failures, as a result. */
  ReadResult<ImmutableList<Row>> result() {
    return ReadResult.of(ImmutableList.copyOf(rows), failures, rows.size() + rejected, rows.size(), rejected)
        .withNotes(notes);
  }
}
