package org.ccmkit.io.table;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.Location;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.read.Row;
import org.ccmkit.io.read.RowSink;

/**
 * Converts the rows of one table as a reader hands them over, one at a time, keeping only the values: the header of a
 * flat table is checked against the table's columns, each row's fields against them too, then the row is read into
 * its transfer record, checked and converted, and is accepted or rejected with every failure found. Model validation
 * that refuses a value becomes an {@link FailureKind#INVALID_VALUE} failure of the row in the model's words.
 *
 * @param <T> the domain value of a row
 */
final class TableSink<T> implements RowSink {

  private final DataTable<?> table;
  private final RowConverter<Cells, T> converter;
  private final RowCollector<T> out = RowCollector.create();
  private final com.google.common.collect.ImmutableSet<String> allowed;
  /** The context of the row being converted, one for all of them: a row is finished before the next comes. */
  private final RowContext context = new RowContext(null);

  TableSink(DataTable<T> table, Known known) {
    this(table, table.converter(known));
  }

  TableSink(DataTable<?> table, RowConverter<Cells, T> converter) {
    this.table = table;
    this.converter = converter;
    this.allowed = com.google.common.collect.ImmutableSet.<String>builder().addAll(table.columns())
        .addAll(table.nestedFields()).build();
  }

  @Override
  public boolean header(List<String> columns, List<Location> cells) {
    return checkHeader(table, columns, cells, out::fail);
  }

  /**
   * Checks the header of a flat file of {@code table}: a column named twice (no row can then be read: returns false),
   * a column the table does not define (its values are not read), a required column missing. Each failure goes to
   * {@code failures}.
   */
  static boolean checkHeader(DataTable<?> table, List<String> columns, List<Location> cells,
      java.util.function.Consumer<Failure> failures) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      String column = columns.get(i);
      Location cell = cells.get(i);
      Integer first = seen.putIfAbsent(column, i + 1);
      if (first != null) {
        failures.accept(Failure.of(FailureKind.DUPLICATE_KEY, cell, "column named twice in the header of the "
            + table + " table (first in column " + first + ")", column, "each column once"));
        return false;
      }
      if (!table.columns().contains(column)) {
        failures.accept(Failure.of(FailureKind.UNKNOWN_FIELD, cell, "the " + table + " table has no such column; its "
            + "values are not read", column, Suggestions.expected("one of " + table.columns(), column,
            table.columns())));
      }
    }
    for (String required : table.requiredColumns()) {
      if (!seen.containsKey(required)) {
        Location at = cells.isEmpty() ? Location.of("?") : cells.get(0);
        failures.accept(Failure.of(FailureKind.MISSING_FIELD, Location.builder().from(at).field(required).build(),
            "required column of the " + table + " table is missing from the header", null,
            "a column '" + required + "'"));
      }
    }
    return true;
  }

  @Override
  public void row(Row row) {
    RowContext context = this.context.reset(row);
    if (!row.isFlat()) {
      for (String name : row.fields()) {
        if (!allowed.contains(name) && !allowed.contains(name.split("\\.", 2)[0])) {
          context.fail(Failure.of(FailureKind.UNKNOWN_FIELD, row.at(name), "the " + table + " table has no such field",
              name, Suggestions.expected("one of " + allowed, name, allowed)));
        }
      }
    }
    out.finish(context, convert(row, context));
  }

  private Optional<T> convert(Row row, RowContext context) {
    try {
      return converter.convert(new Cells(row, context), context);
    } catch (IllegalArgumentException | IllegalStateException e) {
      context.fail(FailureKind.INVALID_VALUE, "", "the row breaks a rule of the model: " + Words.of(e.getMessage()),
          null, null);
    } catch (RuntimeException e) {
      context.fail(FailureKind.INVALID_VALUE, "", "the row cannot be converted: " + Words.of(e.getMessage()), null,
          null);
    }
    return Optional.empty();
  }

  @Override
  public void reject(List<Failure> failures) {
    out.reject(failures);
  }

  @Override
  public void fail(Failure failure) {
    out.fail(failure);
  }

  @Override
  public void note(String note) {
    out.note(note);
  }

  /** The rows accepted and the failures. */
  ReadResult<ImmutableList<T>> result() {
    return out.result();
  }
}
