package org.ccmkit.io.table;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.ReadResult;

/**
 * Collects the rows of one read, keeping the count that proves none was lost: each row is either accepted (it had no
 * failure) or rejected with its failures; document-level failures (a syntax error that stops the read, an unknown
 * column) are kept too. Not thread-safe: one collector per read.
 *
 * @param <T> the type of an accepted row
 */
final class RowCollector<T> {

  private final ImmutableList.Builder<T> accepted = ImmutableList.builder();
  private final List<Failure> failures = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private int rowsAccepted;
  private int rowsFailed;

  /**
   * An empty collector.
   *
   * @param <T> the type of the value
   * @return an empty collector
   */
  static <T> RowCollector<T> create() {
    return new RowCollector<>();
  }

  /**
   * Ends a row: accepted as {@code value} if present and the context has no failure, else rejected with the context's
   * failures (a row rejected without a failure gets one saying so, so that no row disappears silently).
   *
   *
   * @param context what the rows are read against
   * @param value the value
   * @return whether the row was accepted
   */
  boolean finish(RowContext context, Optional<? extends T> value) {
    if (value.isPresent() && !context.hasFailures()) {
      accepted.add(value.get());
      rowsAccepted++;
      return true;
    }
    ImmutableList<Failure> rowFailures = context.failures();
    if (rowFailures.isEmpty()) {
      rowFailures = ImmutableList.of(Failure.of(FailureKind.INVALID_VALUE, context.location(), "row rejected"));
    }
    reject(rowFailures);
    return false;
  }

  /**
   * Accepts one row, which had no failure.
   *
   * @param value the value
   */
  void accept(T value) {
    accepted.add(value);
    rowsAccepted++;
  }

  /**
   * Rejects one row with its failures, which all carry the row's location.
   *
   * @param rowFailures the failures of the rows
   */
  void reject(List<Failure> rowFailures) {
    failures.addAll(rowFailures);
    rowsFailed++;
  }

  /**
   * Records a failure that belongs to no row (a document-level failure, an unknown column).
   *
   * @param failure the failure
   */
  void fail(Failure failure) {
    failures.add(failure);
  }

  /**
   * Records a note (see {@link ReadResult#notes()}).
   *
   * @param note the note
   */
  void note(String note) {
    notes.add(note);
  }

  /** {@return whether any failure has been recorded} */
  boolean hasFailures() {
    return !failures.isEmpty();
  }

  /** {@return the number of rows finished so far} */
  int rowsRead() {
    return rowsAccepted + rowsFailed;
  }

  /** {@return the rows accepted and the failures, as a result} */
  ReadResult<ImmutableList<T>> result() {
    return ReadResult.of(accepted.build(), failures, rowsAccepted + rowsFailed, rowsAccepted, rowsFailed)
        .withNotes(notes);
  }

  /**
   * The rows accepted, turned into a value by {@code f}, and the failures, as a result.
   *
   * @param <V> the type of the result
   * @param f the function
   * @return the rows accepted, turned into a value by {@code f}, and the failures, as a result
   */
  <V> ReadResult<V> result(Function<? super ImmutableList<T>, ? extends V> f) {
    return result().map(f);
  }

  /** {@return the rows finished so far: accepted, failed, and the failures} */
  @Override
  public String toString() {
    return "RowCollector: " + rowsRead() + " rows read, " + rowsAccepted + " accepted, " + rowsFailed + " failed; "
        + failures.size() + " failures";
  }
}
