package org.ccmkit.io.read;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * What a read produced: the value (the rows that could be read, or a whole dataset) together with every failure found,
 * after Strata's {@code ValueWithFailures}, and the row count that proves no row was lost: every row read was either
 * accepted into the value or rejected with at least one failure naming it ({@code rowsRead = rowsAccepted +
 * rowsFailed}, checked when the result is built).
 *
 * <p>The caller chooses what failures mean: {@link #value()} is the lenient reading, {@link #orThrow()} (or
 * {@link #get(Strictness)} with {@link Strictness#STRICT}) the strict one.
 *
 * @param <T> the type of the value read
 */
@Value.Immutable
public abstract class ReadResult<T> {

  /** Implemented in this package only (by the generated immutable class). */
  ReadResult() {}

  /** {@return the value read: with lenient reading, what could be read despite the failures} */
  public abstract T value();

  /** {@return every failure found, in the order found} */
  public abstract ImmutableList<Failure> failures();

  /**
   * What the reader noticed and decided that is not a failure, in words: the delimiter it found in a CSV header, for
   * example. A note never stands for a row.
   *
   * @return what the reader noticed and decided that is not a failure, in words: the delimiter it found in a CSV
   *     header, for example
   */
  public abstract ImmutableList<String> notes();

  /** {@return the number of rows (records) the input held, as far as it could be read} */
  public abstract int rowsRead();

  /** {@return the number of rows accepted into the value} */
  public abstract int rowsAccepted();

  /** {@return the number of rows rejected, each with at least one failure in its location's row} */
  public abstract int rowsFailed();

  /**
   * A value read with no rows and no failures.
   *
   * @param <T> the type of the value
   * @param value the value
   * @return a value read with no rows and no failures
   */
  public static <T> ReadResult<T> of(T value) {
    return ImmutableReadResult.<T>builder().value(value).rowsRead(0).rowsAccepted(0).rowsFailed(0).build();
  }

  /**
   * A value with failures and row counts.
   *
   * @param <T> the type of the value
   * @param value the value
   * @param failures the failures
   * @param rowsRead the number of rows read
   * @param rowsAccepted the number of rows accepted
   * @param rowsFailed the number of rows that failed
   * @return a value with failures and row counts
   */
  public static <T> ReadResult<T> of(T value, Iterable<Failure> failures, int rowsRead, int rowsAccepted,
      int rowsFailed) {
    return ImmutableReadResult.<T>builder().value(value).addAllFailures(failures).rowsRead(rowsRead)
        .rowsAccepted(rowsAccepted).rowsFailed(rowsFailed).build();
  }

  /**
   * A value that could not be read at all: the empty {@code value} and the document-level failure.
   *
   * @param <T> the type of the value
   * @param value the value
   * @param failure the failure
   * @return a value that could not be read at all: the empty {@code value} and the document-level failure
   */
  public static <T> ReadResult<T> failed(T value, Failure failure) {
    return of(value, ImmutableList.of(failure), 0, 0, 0);
  }

  /** {@return whether any failure was found} */
  public boolean hasFailures() {
    return !failures().isEmpty();
  }

  /**
   * The failures of one kind.
   *
   * @param kind the kind
   * @return the failures of one kind
   */
  public ImmutableList<Failure> failures(FailureKind kind) {
    return failures().stream().filter(f -> f.kind() == kind).collect(ImmutableList.toImmutableList());
  }

  /** {@return the value if there is no failure, else a {@link ReadException} listing every failure} */
  public T orThrow() {
    if (hasFailures()) {
      throw new ReadException(failures());
    }
    return value();
  }

  /**
   * The value, lenient or strict.
   *
   * @param strictness lenient or strict
   * @return the value, lenient or strict
   */
  public T get(Strictness strictness) {
    return strictness == Strictness.STRICT ? orThrow() : value();
  }

  /**
   * The same failures and counts with the value transformed; {@code f} must not fail.
   *
   * @param <U> the type of the other value
   * @param f the function
   * @return the same failures and counts with the value transformed; {@code f} must not fail
   */
  public <U> ReadResult<U> map(Function<? super T, ? extends U> f) {
    return of(f.apply(value()), failures(), rowsRead(), rowsAccepted(), rowsFailed()).withNotes(notes());
  }

  /**
   * This result with {@code more} notes after its own.
   *
   * @param more more of them
   * @return this result with {@code more} notes after its own
   */
  public ReadResult<T> withNotes(Iterable<String> more) {
    return ImmutableReadResult.<T>builder().from(this).addAllNotes(more).build();
  }

  /**
   * This result and {@code other} combined: values by {@code f}, failures in order, counts added.
   *
   * @param <U> the type of the other value
   * @param <V> the type of the result
   * @param other the other one
   * @param f the function
   * @return this result and {@code other} combined: values by {@code f}, failures in order, counts added
   */
  public <U, V> ReadResult<V> combinedWith(ReadResult<U> other, BiFunction<? super T, ? super U, ? extends V> f) {
    return of(f.apply(value(), other.value()),
        ImmutableList.<Failure>builder().addAll(failures()).addAll(other.failures()).build(),
        rowsRead() + other.rowsRead(), rowsAccepted() + other.rowsAccepted(), rowsFailed() + other.rowsFailed())
        .withNotes(notes()).withNotes(other.notes());
  }

  /**
   * A second reading of the rows this result accepted (for example rows parsed as JSON objects, then converted to the
   * domain): {@code next} must account for every one of them ({@code next.rowsRead() == rowsAccepted()}); the result
   * keeps this result's failed rows and failures, followed by {@code next}'s.
   *
   *
   * @param <U> the type of the other value
   * @param next the next step
   * @return a second reading of the rows this result accepted (for example rows parsed as JSON objects, then converted
   *     to the domain): {@code next} must account for every one of them ({@code next.rowsRead() == rowsAccepted()});
   *     the result keeps this result's failed rows and failures, followed by {@code next}'s
   * @throws IllegalStateException if {@code next} lost or invented rows (a defect in the reader, not in the input)
   */
  public <U> ReadResult<U> thenRead(Function<? super T, ReadResult<U>> next) {
    ReadResult<U> r = next.apply(value());
    if (r.rowsRead() != rowsAccepted()) {
      throw new IllegalStateException("a second reading must account for the " + rowsAccepted()
          + " rows accepted by the first, but read " + r.rowsRead());
    }
    return of(r.value(), ImmutableList.<Failure>builder().addAll(failures()).addAll(r.failures()).build(),
        rowsFailed() + r.rowsRead(), r.rowsAccepted(), rowsFailed() + r.rowsFailed()).withNotes(notes())
        .withNotes(r.notes());
  }

  /**
   * This result with further failures that reject no row (document-level or whole-table failures, such as an unknown
   * column): each must have no row, or a row already counted as failed.
   *
   * @param more more of them
   * @return this result with further failures that reject no row (document-level or whole-table failures, such as an
   *     unknown column): each must have no row, or a row already counted as failed
   */
  public ReadResult<T> withFailures(Iterable<Failure> more) {
    return of(value(), ImmutableList.<Failure>builder().addAll(failures()).addAll(more).build(), rowsRead(),
        rowsAccepted(), rowsFailed()).withNotes(notes());
  }

  /** {@return a short account: {@code 12 rows read, 10 accepted, 2 failed; 3 failures}} */
  public String summary() {
    return rowsRead() + " rows read, " + rowsAccepted() + " accepted, " + rowsFailed() + " failed; "
        + failures().size() + (failures().size() == 1 ? " failure" : " failures");
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    checkArgument(rowsAccepted() >= 0 && rowsFailed() >= 0, "ReadResult row counts must not be negative: %s",
        summary());
    checkArgument(rowsRead() == rowsAccepted() + rowsFailed(),
        "ReadResult must account for every row: rows read must equal rows accepted plus rows failed: %s", summary());
    Set<String> failedRows = new HashSet<>();
    failures().forEach(f -> f.location().rowKey().ifPresent(failedRows::add));
    checkArgument(failedRows.size() == rowsFailed(),
        "ReadResult must name every failed row in a failure: %s rows failed, failures name %s rows (%s)", rowsFailed(),
        failedRows.size(), summary());
  }

  @Override
  public String toString() {
    return "ReadResult[" + summary() + "]" + Optional.of(failures()).filter(f -> !f.isEmpty())
        .map(f -> ": " + f.get(0).message() + (f.size() > 1 ? " …" : "")).orElse("");
  }
}
