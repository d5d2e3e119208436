package org.ccmkit.io.read;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where in the input a failure was found: the source's name (a file name, a resource, {@code <bytes>}), the line and
 * column where known, the 1-based row (the record of a table: a CSV line after the header, an element of a JSON
 * array), and the field: a CSV column name such as {@code deposit} or a JSON pointer such as {@code /3/source/locator}.
 */
@Value.Immutable
public abstract class Location {

  /** Implemented in this package only (by the generated immutable class). */
  Location() {}

  /** {@return the name of the input, e.g. {@code states.csv}} */
  public abstract String source();

  /** {@return the 1-based line, where known} */
  public abstract OptionalInt line();

  /** {@return the 1-based column, where known} */
  public abstract OptionalInt column();

  /**
   * {@return the table the row belongs to, e.g. {@code facts}, where the input holds several tables or the failure is in one}
   */
  public abstract Optional<String> table();

  /** {@return the 1-based row (record) of the table, where the failure belongs to a row} */
  public abstract OptionalInt row();

  /** {@return the field: a CSV column name or a JSON pointer, where the failure belongs to one} */
  public abstract Optional<String> field();

  /** {@return a builder} */
  public static ImmutableLocation.Builder builder() {
    return ImmutableLocation.builder();
  }

  /**
   * The input as a whole.
   *
   * @param source where it is recorded
   * @return the input as a whole
   */
  public static Location of(String source) {
    return builder().source(source).build();
  }

  /**
   * A line and column in the input.
   *
   * @param source where it is recorded
   * @param line the line number
   * @param column the column number
   * @return a line and column in the input
   */
  public static Location of(String source, int line, int column) {
    return builder().source(source).line(line).column(column).build();
  }

  /**
   * This location, at {@code field}.
   *
   * @param field the field's name
   * @return this location, at {@code field}
   */
  public Location withField(String field) {
    return builder().from(this).field(field).build();
  }

  /**
   * This location, in row {@code row}.
   *
   * @param row the row
   * @return this location, in row {@code row}
   */
  public Location withRow(int row) {
    return builder().from(this).row(row).build();
  }

  /**
   * This location, in table {@code table}.
   *
   * @param table the table's name
   * @return this location, in table {@code table}
   */
  public Location withTable(String table) {
    return builder().from(this).table(table).build();
  }

  /** {@return the identity of the row this location is in, {@code source|table|row}; empty if it is in no row} */
  public Optional<String> rowKey() {
    return row().isPresent() ? Optional.of(source() + "|" + table().orElse("") + "|" + row().getAsInt()) : Optional.empty();
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    line().ifPresent(l -> checkArgument(l >= 1, "Location.line must be at least 1, was %s (%s)", l, source()));
    column().ifPresent(c -> checkArgument(c >= 1, "Location.column must be at least 1, was %s (%s)", c, source()));
    row().ifPresent(r -> checkArgument(r >= 1, "Location.row must be at least 1, was %s (%s)", r, source()));
  }

  /** {@code states.csv, line 12, states row 11, field 'deposit'}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(source());
    line().ifPresent(l -> s.append(", line ").append(l));
    column().ifPresent(c -> s.append(", column ").append(c));
    if (row().isPresent()) {
      s.append(", ").append(table().map(t -> t + " ").orElse("")).append("row ").append(row().getAsInt());
    } else {
      table().ifPresent(t -> s.append(", table ").append(t));
    }
    field().ifPresent(f -> s.append(", field '").append(f).append('\''));
    return s.toString();
  }
}
