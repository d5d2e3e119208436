package org.ccmkit.io.table;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.Location;
import org.ccmkit.io.read.Row;

/**
 * One row being read: its location, and the failures found in it so far. A row converter records a failure for each
 * thing wrong with the row (all of them, not only the first); a row with any failure is rejected.
 *
 * <p>Fields are named by their logical path, dot-separated ({@code source.document}); the row turns that into the
 * format's own label: a JSON pointer ({@code /3/source/document}) or a CSV column ({@code source.document}). The row's
 * location is built only when a failure asks for it: a row read without failure costs no location.
 */
final class RowContext {

  private Row row;
  private Location location;
  private List<Failure> failures;

  /** The context of {@code row}: a row of a JSON or YAML list is located at its pointer, a flat row at its line. */
  RowContext(Row row) {
    this.row = row;
  }

  /**
   * This context, now of {@code next} and with no failure: a table's sink reuses one context for its rows, since a row
   * is finished (its failures copied out) before the next is read.
   */
  RowContext reset(Row next) {
    this.row = next;
    this.location = null;
    this.failures = null;
    return this;
  }

  /** {@return the location of the row} */
  Location location() {
    if (location == null) {
      location = row.isFlat() ? row.location() : row.location().withField(row.label(""));
    }
    return location;
  }

  /** {@return the row's 1-based line in the input, 0 if not known; no location is built} */
  int line() {
    return row.lineNumber();
  }

  /** {@return the row's 1-based number in its table, 0 if not known; no location is built} */
  int rowNumber() {
    return row.rowNumber();
  }

  /** The location of field {@code field} of the row (a logical, dot-separated path). */
  Location at(String field) {
    String label = row.label(field);
    return label.isEmpty() ? location() : location().withField(label);
  }

  /** Records a failure of {@code kind} at {@code field}, quoting {@code value} (null for none). */
  void fail(FailureKind kind, String field, String reason, String value, String expected) {
    fail(Failure.of(kind, at(field), reason, value, expected));
  }

  /** Records a failure found in this row; its location must be in this row. */
  void fail(Failure failure) {
    if (failures == null) {
      failures = new ArrayList<>();
    }
    failures.add(failure);
  }

  /** {@return whether a failure has been recorded} */
  boolean hasFailures() {
    return failures != null;
  }

  /** {@return the failures recorded, in order} */
  ImmutableList<Failure> failures() {
    return failures == null ? ImmutableList.of() : ImmutableList.copyOf(failures);
  }

  /** {@return where the row is and how many failures it has so far} */
  @Override
  public String toString() {
    return "RowContext at " + location() + ": " + (failures == null ? 0 : failures.size()) + " failures";
  }
}
