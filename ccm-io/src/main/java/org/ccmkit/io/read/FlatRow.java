package org.ccmkit.io.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A row of a flat table: a CSV line or a spreadsheet row, its cells named by the columns of the table's header. An
 * empty cell is an absent value. The cells are not copied; treat them as read-only.
 */
public final class FlatRow implements Row {

  /** The columns of a flat table, as its header names them, with each column's position. */
  public static final class Header {
    private final ImmutableList<String> columns;
    private final ImmutableList<String> labels;
    /**
     * The columns by their names' hash codes (which a string keeps once computed), open addressing, at most a quarter
     * full: {@code names[i]} a column's name, {@code positions[i]} its position (the last, for a name given twice).
     * A table asks for its fields by the same names on every row, so this is a lookup with no hashing of text and no
     * object.
     */
    private final String[] names;
    private final int[] positions;

    private Header(List<String> columns, List<String> labels) {
      this.columns = ImmutableList.copyOf(columns);
      this.labels = ImmutableList.copyOf(labels);
      int size = Integer.highestOneBit(Math.max(4, columns.size() * 4 - 1)) << 1;
      this.names = new String[size];
      this.positions = new int[size];
      for (int c = 0; c < columns.size(); c++) {
        String name = columns.get(c);
        int i = name.hashCode() & (size - 1);
        while (names[i] != null && !names[i].equals(name)) {
          i = (i + 1) & (size - 1);
        }
        names[i] = name;
        positions[i] = c;
      }
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
      int mask = names.length - 1;
      for (int i = column.hashCode() & mask; names[i] != null; i = (i + 1) & mask) {
        if (names[i] == column || names[i].equals(column)) {
          return positions[i];
        }
      }
      return -1;
    }
  }

  private Location location;
  private final String source;
  private final String table;
  private final int row;
  private final int line;
  private final Header header;
  private final JsonNode[] cells;
  private final boolean cellLabels;
  private final String sheet;
  private final int sheetRow;

  private FlatRow(Location location, Header header, JsonNode[] cells, boolean cellLabels, String sheet,
      int sheetRow) {
    this.location = location;
    this.source = location.source();
    this.table = null;
    this.row = location.row().orElse(0);
    this.line = location.line().orElse(0);
    this.header = header;
    this.cells = cells;
    this.cellLabels = cellLabels;
    this.sheet = sheet;
    this.sheetRow = sheetRow;
  }

  private FlatRow(String source, String table, int row, int line, Header header, JsonNode[] cells) {
    this.source = source;
    this.table = table;
    this.row = row;
    this.line = line;
    this.header = header;
    this.cells = cells;
    this.cellLabels = header.labels != header.columns;
    this.sheet = null;
    this.sheetRow = 0;
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

  /**
   * Row {@code row} (1-based) of table {@code table} in {@code source}, starting at line {@code line} (1-based, or 0 if
   * not known), with {@code cells} (null for an empty cell) in the columns of {@code header}; as many cells as the
   * header has columns. Its location ({@code source, line, column 1, table row}) is built only when asked for, so
   * that a long table read without failures builds none.
   *
   * @param source the input's name
   * @param table the table's name
   * @param row the row's number in the table
   * @param line the line the row starts at, 0 if not known
   * @param header the header
   * @param cells the cells
   * @return row {@code row} of table {@code table}, located when a failure asks where it is
   */
  public static FlatRow of(String source, String table, int row, int line, Header header, JsonNode[] cells) {
    com.google.common.base.Preconditions.checkNotNull(source, "FlatRow.of: source must not be null");
    com.google.common.base.Preconditions.checkNotNull(table, "FlatRow.of: table must not be null");
    com.google.common.base.Preconditions.checkNotNull(header, "FlatRow.of: header must not be null");
    com.google.common.base.Preconditions.checkNotNull(cells, "FlatRow.of: cells must not be null");
    if (cells.length != header.columns().size() || row < 1 || line < 0) {
      throw new IllegalArgumentException("FlatRow.of: " + cells.length + " cells for " + header.columns().size()
          + " columns, row " + row + ", line " + line + " of " + source);
    }
    return new FlatRow(source, table, row, line, header, cells);
  }

  @Override
  public Location location() {
    Location at = location;
    if (at == null) {
      var b = Location.builder().source(source).table(table).row(row);
      if (line >= 1) {
        b.line(line).column(1);
      }
      at = b.build();
      location = at;
    }
    return at;
  }

  @Override
  public int lineNumber() {
    return line;
  }

  @Override
  public int rowNumber() {
    return row;
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
    return location() + " " + java.util.Arrays.toString(cells);
  }
}
