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
