package org.ccmkit.io.read;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;

/**
 * A reader of one file format, found by {@link ReaderRegistry} through {@link java.util.ServiceLoader}: to add a
 * format, implement this interface with a public no-argument constructor and name the class in
 * {@code META-INF/services/org.ccmkit.io.read.DatasetReader} of a jar on the class path.
 *
 * <p>A reader only parses: it hands each row of its input, as soon as it is parsed, to a {@link RowSink} ({@link Row}:
 * a {@link FlatRow} of cells named by column, or a {@link TreeRow} of a JSON or YAML list), accounting for every row
 * and never throwing. Checking rows and building the domain's values is the same for every format and is done by the
 * table the rows belong to. Tables are named as in docs/formats.md: {@code states}, {@code obligations},
 * {@code obligation-extensions}, {@code meetings}, {@code cycles}, {@code facts}, {@code participation},
 * {@code extension-requests}, {@code submissions}, {@code published-values}, {@code state-attributes}.
 */
public interface DatasetReader {

  /** The names of the tables of a dataset, in the order they are read (each after those its rows refer to). */
  ImmutableSet<String> TABLES = ImmutableSet.of("states", "meetings", "cycles", "obligations", "obligation-extensions",
      "extension-requests", "facts", "participation", "submissions", "published-values", "state-attributes");

  /** {@return the format's name, lower case: {@code json}, {@code yaml}, {@code csv}} */
  String format();

  /** {@return the file extensions of the format, lower case, without the dot} */
  ImmutableSet<String> fileExtensions();

  /** {@return the media types of the format, e.g. {@code text/csv}} */
  ImmutableSet<String> mediaTypes();

  /**
   * Reads the rows of {@code input}, which holds one table, {@code table}, handing each to {@code sink} as it is
   * parsed. Rows that break the input are rejected with failures; failures that belong to no row go to
   * {@link RowSink#fail}. Never throws for anything in the input.
   *
   * @param input the file, folder, resource or bytes to read
   * @param table the table's name
   * @param limits the limits on what is read
   * @param sink the sink
   */
  void readRows(Input input, String table, ReadLimits limits, RowSink sink);

  /**
   * The rows of {@code input}, which holds one table, {@code table}, kept in memory.
   *
   * @param input the file, folder, resource or bytes to read
   * @param table the table's name
   * @param limits the limits on what is read
   * @return the rows of {@code input}, which holds one table, {@code table}, kept in memory
   */
  default ReadResult<ImmutableList<Row>> readRows(Input input, String table, ReadLimits limits) {
    return TableRows.collect(sink -> readRows(input, table, limits, sink.table(table)))
        .map(tables -> tables.rows().get(table));
  }

  /**
   * The tables of a whole dataset held in one input. A format that holds several tables in one document (JSON, YAML)
   * reads them all; a format of one table a file reads the input as the long format of facts.
   *
   * @param input the file, folder, resource or bytes to read
   * @param limits the limits on what is read
   * @return the tables of a whole dataset held in one input
   */
  default ReadResult<TableRows> readTables(Input input, ReadLimits limits) {
    return readRows(input, "facts", limits).map(rows -> TableRows.of(
        ImmutableListMultimap.<String, Row>builder().putAll("facts", rows).build(), ImmutableSet.of("facts")));
  }

  /**
   * The tables of a whole dataset held in one input, handed to {@code sink} as they are parsed: a reader of a format
   * that holds several tables in one document streams them, row by row, so that a dataset is converted as it is read
   * (the built-in JSON and YAML readers do). By default the tables are parsed whole ({@link #readTables(Input,
   * ReadLimits)}) and handed over at once ({@link TablesSink#all}). Never throws for anything in the input.
   *
   * @param input the file, folder, resource or bytes to read
   * @param limits the limits on what is read
   * @param sink where the tables go
   */
  default void readTables(Input input, ReadLimits limits, TablesSink sink) {
    sink.all(readTables(input, limits));
  }
}
