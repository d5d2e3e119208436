package org.ccmkit.io.table;

import java.util.Optional;
import org.ccmkit.io.read.FailureKind;

/**
 * Turns one row as read (a transfer type such as a Java record mapped by Jackson) into a value of the domain. A
 * converter records a failure in the {@link RowContext} for each thing wrong with the row and returns empty if it cannot
 * build the value; it may also throw {@link IllegalArgumentException} (as the model's value types do when validated),
 * which the reader turns into a {@link FailureKind#INVALID_VALUE} failure of the row.
 *
 * @param <R> the row as read
 * @param <T> the domain value
 */
@FunctionalInterface
interface RowConverter<R, T> {

  /**
   * The value of {@code row}, or empty with the failures recorded in {@code context}.
   *
   * @param row the row
   * @param context what the rows are read against
   * @return the value of {@code row}, or empty with the failures recorded in {@code context}
   */
  Optional<T> convert(R row, RowContext context);
}
