package org.ccmkit.io.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;

/**
 * A row of a flat table: a CSV line or a spreadsheet row, its cells named by the columns of the table's header. An
 * empty cell is an absent value. The cells are not copied; treat them as read-only.
 */
public final class FlatRow implements Row {

  /** The columns of a flat table, as its header names them, with each column's position. */
  public static final class Header {
    private final ImmutableList<String> columns;
    private final ImmutableMap<String, Integer> index;
    private final ImmutableList<String> labels;

    private Header(List<String> columns, List<String> labels) {
      this.columns = ImmutableList.copyOf(columns);
      this.labels = ImmutableList.copyOf(labels);
      ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
      for (int i = 0; i < columns.size(); i++) {
        b.put(columns.get(i), i);
      }
      this.index = b.buildKeepingLast();
    }

    /**
     * The header naming {@code columns} (each once), whose cells failures cite by column name.
     *
     * @param columns the columns
     * @return the header naming {@code columns} (each once), whose cells failures cite by column name
     */
    public static Header of(List<String> columns) {
      return new Header(columns, columns);
    }

    /**
     * The header naming {@code columns}, whose cells failures cite by {@code labels} (one a column, e.g. the
     * spreadsheet's column letter: {@code C}).
     *
     * @param columns the columns
     * @param labels the labels
     * @return the header naming {@code columns}, whose cells failures cite by {@code labels} (one a column, e.g. the
     *     spreadsheet's column letter: {@code C})
     */
    public static Header of(List<String> columns, List<String> labels) {
      return new Header(columns, labels);
    }

    /** {@return the columns, in order} */
    public ImmutableList<String> columns() {
      return columns;
    }

    /**
     * The position of {@code column}, or -1.
     *
     * @param column the column number
     * @return the position of {@code column}, or -1
     */
    public int indexOf(String column) {
      Integer i = index.get(column);
      return i == null ? -1 : i;
    }
  }

  private final Location location;
  private final Header header;
  private final JsonNode[] cells;
  private final boolean cellLabels;
  private final String sheet;
  private final int sheetRow;

  private FlatRow(Location location, Header header, JsonNode[] cells, boolean cellLabels, String sheet,
      int sheetRow) {
    this.location = location;
    this.header = header;
    this.cells = cells;
    this.cellLabels = cellLabels;
    this.sheet = sheet;
    this.sheetRow = sheetRow;
  }

  /**
   * A row of spreadsheet {@code sheet}, its row number there {@code sheetRow} (1-based); failures name each field by
   * its cell and column, {@code facts!C17 (element)}, the column letters being the header's labels.
   *
   * @param location where in the input
   * @param header the header
   * @param cells the cells
   * @param sheet the sheet
   * @param sheetRow the sheet row
   * @return a row of spreadsheet {@code sheet}, its row number there {@code sheetRow} (1-based); failures name each
   *     field by its cell and column, {@code facts!C17 (element)}, the column letters being the header's labels
   */
  public static FlatRow ofSheet(Location location, Header header, JsonNode[] cells, String sheet, int sheetRow) {
    if (cells.length != header.columns().size()) {
      throw new IllegalArgumentException("FlatRow.ofSheet: " + cells.length + " cells for "
          + header.columns().size() + " columns at " + location);
    }
    return new FlatRow(location, header, cells, true, sheet, sheetRow);
  }

  /**
   * A row at {@code location} with {@code cells} (null for an empty cell) in the columns of {@code header}; as many
   * cells as the header has columns.
   *
   * @param location where in the input
   * @param header the header
   * @param cells the cells
   * @return a row at {@code location} with {@code cells} (null for an empty cell) in the columns of {@code header}; as
   *     many cells as the header has columns
   */
  public static FlatRow of(Location location, Header header, JsonNode[] cells) {
    if (cells.length != header.columns().size()) {
      throw new IllegalArgumentException("FlatRow.of: " + cells.length + " cells for " + header.columns().size()
          + " columns at " + location);
    }
    return new FlatRow(location, header, cells, header.labels != header.columns, null, 0);
  }

  @Override
  public Location location() {
    return location;
  }

  @Override
  public JsonNode get(String field) {
    int i = header.indexOf(field);
    return i < 0 ? null : cells[i];
  }

  @Override
  public ImmutableList<String> fields() {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (int i = 0; i < cells.length; i++) {
      if (cells[i] != null) {
        out.add(header.columns().get(i));
      }
    }
    return out.build();
  }

  @Override
  public String label(String field) {
    if (!cellLabels || field.isEmpty()) {
      return field;
    }
    int i = header.indexOf(field);
    if (i < 0) {
      return field;
    }
    return sheet == null ? header.labels.get(i) : sheet + "!" + header.labels.get(i) + sheetRow + " (" + field + ")";
  }

  @Override
  public boolean isFlat() {
    return true;
  }

  @Override
  public String toString() {
    return location + " " + java.util.Arrays.toString(cells);
  }
}
