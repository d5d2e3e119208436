package org.ccmkit.io.read;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One row being read: its location, and the failures found in it so far. A row converter records a failure for each
 * thing wrong with the row (all of them, not only the first); a row with any failure is rejected.
 *
 * <p>Fields are named by their logical path, dot-separated ({@code source.document}); the context turns that into the
 * format's own label: a JSON pointer ({@code /3/source/document}) or a CSV column ({@code source.document}).
 */
public final class RowContext {

  private final Location location;
  private final Function<String, String> fieldLabel;
  private final List<Failure> failures = new ArrayList<>();

  /**
   * A row at {@code location} (which carries the row number), whose fields are labelled by {@code fieldLabel}.
   *
   * @param location where in the input
   * @param fieldLabel how a field is named to the user
   */
  public RowContext(Location location, Function<String, String> fieldLabel) {
    this.location = location;
    this.fieldLabel = fieldLabel;
  }

  /**
   * A row of a JSON or YAML array at {@code pointer} (e.g. {@code /3}): fields become JSON pointers below it.
   *
   * @param location where in the input
   * @param pointer the JSON pointer of the node
   * @return a row of a JSON or YAML array at {@code pointer} (e.g. {@code /3}): fields become JSON pointers below it
   */
  public static RowContext atPointer(Location location, String pointer) {
    return new RowContext(location.withField(pointer), f -> f.isEmpty() ? pointer : pointer + "/" + f.replace('.', '/'));
  }

  /**
   * A row of a flat table (CSV): fields are named by column.
   *
   * @param location where in the input
   * @return a row of a flat table (CSV): fields are named by column
   */
  public static RowContext atColumns(Location location) {
    return new RowContext(location, f -> f);
  }

  /** {@return the location of the row} */
  public Location location() {
    return location;
  }

  /**
   * The location of field {@code field} of the row (a logical, dot-separated path).
   *
   * @param field the field's name
   * @return the location of field {@code field} of the row (a logical, dot-separated path)
   */
  public Location at(String field) {
    String label = fieldLabel.apply(field);
    return label.isEmpty() ? location : location.withField(label);
  }

  /**
   * Records a failure of {@code kind} at {@code field}, quoting {@code value} (null for none).
   *
   * @param kind the kind
   * @param field the field's name
   * @param reason why, in words
   * @param value the value
   * @param expected what was expected
   */
  public void fail(FailureKind kind, String field, String reason, String value, String expected) {
    failures.add(Failure.of(kind, at(field), reason, value, expected));
  }

  /**
   * Records a failure found in this row; its location must be in this row.
   *
   * @param failure the failure
   */
  public void fail(Failure failure) {
    failures.add(failure);
  }

  /** {@return whether a failure has been recorded} */
  public boolean hasFailures() {
    return !failures.isEmpty();
  }

  /** {@return the failures recorded, in order} */
  public ImmutableList<Failure> failures() {
    return ImmutableList.copyOf(failures);
  }

  /** {@return where the row is and how many failures it has so far} */
  @Override
  public String toString() {
    return "RowContext at " + location + ": " + failures.size() + " failures";
  }
}
