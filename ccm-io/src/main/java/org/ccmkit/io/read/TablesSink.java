package org.ccmkit.io.read;

/**
 * Where a {@link DatasetReader} puts the tables of a dataset held in one input (a JSON or YAML document of tables), as
 * it parses them, so that a dataset of a million rows is converted as it is read and never held as rows: each table as
 * it begins ({@link #table}, once a table, in the input's order; a table ends when the next begins or the input ends),
 * and each failure outside any table ({@link #fail}: a syntax error before the first table, an unknown table, a
 * document that is not an object of tables). A reader that cannot stream its tables parses them whole and hands them
 * over at once ({@link #all}), which is what {@link DatasetReader#readTables(Input, ReadLimits, TablesSink)} does by
 * default.
 */
public interface TablesSink {

  /**
   * The sink of the rows of table {@code table}, which begins now. Its {@link RowSink#reject} and
   * {@link RowSink#fail} take the table's rows that could not be parsed and the failures that stop the document.
   *
   * @param table the table's name, one of {@link DatasetReader#TABLES}
   * @return the sink of the table's rows
   */
  RowSink table(String table);

  /**
   * The tables the input holds, for a reader that knows them before it reads any (a workbook's sheets): a table the
   * input does not hold is then known not to come, and the tables checked against it can be converted as they are read.
   * Called at most once, before the first {@link #table}; by default ignored.
   *
   * @param tables the names of the tables the input holds
   */
  default void coming(java.util.Set<String> tables) {}

  /**
   * A failure outside any table's rows.
   *
   * @param failure the failure
   */
  void fail(Failure failure);

  /**
   * The tables of the input parsed whole, by a reader that does not stream them; nothing else is then handed over.
   *
   * @param tables the tables, with every failure and row count
   */
  void all(ReadResult<TableRows> tables);
}
