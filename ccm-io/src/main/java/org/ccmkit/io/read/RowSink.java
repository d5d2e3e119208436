package org.ccmkit.io.read;

import java.util.List;

/**
 * Where a {@link DatasetReader} puts what it parses, one row at a time, so that a table of a million rows is never held
 * as text or as trees: each row as soon as it is parsed ({@link #row}), each row that could not be parsed with its
 * failures ({@link #reject}), and each failure that belongs to no row ({@link #fail}: a syntax error that stops the
 * read, an unknown column). Every row the input holds must reach the sink by {@link #row} or {@link #reject}.
 */
public interface RowSink {

  /**
   * A row parsed, to be converted.
   *
   * @param row the row
   */
  void row(Row row);

  /**
   * A row that could not be parsed, with its failures, each located in the row.
   *
   * @param failures the failures
   */
  void reject(List<Failure> failures);

  /**
   * A failure that belongs to no row.
   *
   * @param failure the failure
   */
  void fail(Failure failure);

  /**
   * The header of a flat table, before its first row: the table checks it (columns it does not define, required ones
   * missing, a column named twice), {@code cells} locating each column's header cell. Returns false if no row can be
   * read under this header (the failure is recorded); the reader then stops.
   *
   * @param columns the columns
   * @param cells the cells
   * @return the header of a flat table, before its first row: the table checks it (columns it does not define,
   *     required ones missing, a column named twice), {@code cells} locating each column's header cell
   */
  default boolean header(List<String> columns, List<Location> cells) {
    return true;
  }

  /**
   * Something the reader noticed and decided that is not a failure, in words, e.g. that the columns are separated by
   * semicolons; kept in {@link ReadResult#notes()}.
   *
   * @param note the note
   */
  default void note(String note) {}
}
