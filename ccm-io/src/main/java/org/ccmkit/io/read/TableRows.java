package org.ccmkit.io.read;

import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * The tables one input held, as parsed and not yet converted: rows keyed by table name in input order, and the names of
 * the tables present (a table can be present and empty, which is not the same as absent: an empty register is a
 * register).
 */
@Value.Immutable
public abstract class TableRows {

  /** Implemented in this package only (by the generated immutable class). */
  TableRows() {}

  /** {@return the rows, keyed by table name} */
  public abstract ImmutableListMultimap<String, Row> rows();

  /** {@return the tables present in the input} */
  public abstract ImmutableSet<String> present();

  /**
   * Tables with their rows; {@code present} must include every table that has rows.
   *
   * @param rows the rows read
   * @param present the tables the input holds
   * @return the table rows
   */
  public static TableRows of(ImmutableListMultimap<String, Row> rows, Iterable<String> present) {
    return ImmutableTableRows.builder().rows(rows).present(present).build();
  }

  /**
   * The tables {@code read} hands to its sink, kept in memory: the in-memory form of a streaming read, for a reader
   * that streams ({@link DatasetReader#readTables(Input, ReadLimits, TablesSink)}) and must also return its tables
   * whole. A table the read begins with no rows is present; a read that gives its tables whole ({@link
   * TablesSink#all}) is kept as given.
   *
   * @param read the streaming read, given the sink to hand its tables, rows, failures and notes to
   * @return the tables, rows, failures and notes {@code read} gave, with its counts of rows read, accepted and failed
   */
  public static ReadResult<TableRows> collect(java.util.function.Consumer<? super TablesSink> read) {
    com.google.common.base.Preconditions.checkNotNull(read, "TableRows.collect: read must not be null");
    RowBuffer buffer = new RowBuffer();
    read.accept(buffer);
    return buffer.tables();
  }

  /** {@return No table} */
  public static TableRows empty() {
    return of(ImmutableListMultimap.of(), ImmutableSet.of());
  }

  /** Validates the attributes on construction; a failure names the field and the value. */
  @Value.Check
  protected void check() {
    com.google.common.base.Preconditions.checkArgument(present().containsAll(rows().keySet()),
        "TableRows.present must name every table with rows: present %s, tables %s", present(), rows().keySet());
  }

  /** {@return each table present and how many rows it holds} */
  @Override
  public String toString() {
    return "TableRows: " + present().stream().map(t -> t + " (" + rows().get(t).size() + " rows)").toList();
  }
}
