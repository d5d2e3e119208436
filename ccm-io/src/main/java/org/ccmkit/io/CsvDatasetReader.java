package org.ccmkit.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ccmkit.io.read.DatasetReader;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.FlatRow;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.InputException;
import org.ccmkit.io.read.Location;
import org.ccmkit.io.read.ReadLimits;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.read.RowSink;

/**
 * The built-in CSV reader, streaming: the first line names the columns; each further line is a row, handed on as soon
 * as it is parsed, so that a table of a million lines is never held as text. The delimiter is a comma, a semicolon (the
 * default of spreadsheets in many locales) or a tab: detected from the header line and said so in the result's notes,
 * or fixed by the caller ({@link #withDelimiter}). A header that is one column holding a semicolon or a tab, read with
 * a fixed comma, is named as a delimiter problem. A line with more or fewer fields than the header is a
 * {@link FailureKind#WRONG_SHAPE} failure of its row. An empty cell is an absent value.
 */
public final class CsvDatasetReader implements DatasetReader {

  /** The separator of list values in a cell: {@code AFG;TCD}. */
  public static final String LIST_SEPARATOR = ";";

  /** The first characters that make a spreadsheet read a cell as a formula (OWASP, CSV injection). */
  private static final String FORMULA_START = "=+-@\t\r";

  /** The delimiters detected. */
  private static final String DELIMITERS = ",;\t";

  /** The most distinct cell nodes kept within one read, and the longest text kept. */
  private static final int NODES_KEPT = 1 << 14;

  private static final int NODE_TEXT_KEPT = 64;

  /** How much of the input is looked at for the header line. */
  private static final int HEADER_LOOKAHEAD = 1 << 16;

  private final Map<ReadLimits, CsvFactory> factories = new ConcurrentHashMap<>();
  private final Optional<Character> delimiter;

  /** The CSV reader (for {@link java.util.ServiceLoader}): the delimiter is detected from the header. */
  public CsvDatasetReader() {
    this(Optional.empty());
  }

  private CsvDatasetReader(Optional<Character> delimiter) {
    this.delimiter = delimiter;
  }

  /**
   * A CSV reader with a fixed delimiter: {@code ','}, {@code ';'} or {@code '\t'}.
   *
   *
   * @param delimiter the delimiter
   * @return a CSV reader with a fixed delimiter: {@code ','}, {@code ';'} or {@code '\t'}
   * @throws IllegalArgumentException naming the delimiter if it is another character
   */
  public static CsvDatasetReader withDelimiter(char delimiter) {
    if (DELIMITERS.indexOf(delimiter) < 0) {
      throw new IllegalArgumentException("CsvDatasetReader.withDelimiter: delimiter must be a comma, a semicolon or "
          + "a tab, was '" + delimiter + "'");
    }
    return new CsvDatasetReader(Optional.of(delimiter));
  }

  /**
   * A cell as a writer writes it so that a spreadsheet shows it as text, not as a formula (the OWASP guidance on CSV
   * injection): a value starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, or a
   * value that would read back as such a guarded one, gets a leading apostrophe. {@link #unguard} undoes it, and this
   * reader reads every cell through it, so a written value reads back unchanged.
   *
   * @param value the value
   * @return a cell as a writer writes it so that a spreadsheet shows it as text, not as a formula (the OWASP guidance
   *     on CSV injection): a value starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
   *     return, or a value that would read back as such a guarded one, gets a leading apostrophe
   */
  public static String guard(String value) {
    return needsGuard(value) ? "'" + value : value;
  }

  /**
   * The value of a cell written by {@link #guard}: the leading apostrophe of a guarded cell removed.
   *
   * @param cell the cell
   * @return the value of a cell written by {@link #guard}: the leading apostrophe of a guarded cell removed
   */
  public static String unguard(String cell) {
    return cell.length() > 1 && cell.charAt(0) == '\'' && needsGuard(cell.substring(1)) ? cell.substring(1) : cell;
  }

  private static boolean needsGuard(String v) {
    int i = 0;
    while (i < v.length() && v.charAt(i) == '\'') {
      i++;
    }
    return i < v.length() && FORMULA_START.indexOf(v.charAt(i)) >= 0;
  }

  @Override
  public String format() {
    return "csv";
  }

  @Override
  public ImmutableSet<String> fileExtensions() {
    return ImmutableSet.of("csv", "tsv");
  }

  @Override
  public ImmutableSet<String> mediaTypes() {
    return ImmutableSet.of("text/csv", "text/tab-separated-values");
  }

  @Override
  public void readRows(Input input, String table, ReadLimits limits, RowSink sink) {
    ReadResult<Optional<Reader>> opened = input.open(limits);
    if (opened.value().isEmpty()) {
      opened.failures().forEach(sink::fail);
      return;
    }
    Location tableAt = Location.of(input.name()).withTable(table);
    int[] reading = {0};
    try (BufferedReader in = new BufferedReader(opened.value().get(), HEADER_LOOKAHEAD)) {
      char d = delimiter(in, input, sink);
      CsvFactory factory = factories.computeIfAbsent(limits, SafeJackson::csvFactory);
      try (CsvParser p = factory.createParser(in)) {
        p.setSchema(CsvSchema.emptySchema().withColumnSeparator(d).withoutEscapeChar());
        FlatRow.Header header = null;
        int row = 0;
        LineCells cells = new LineCells();
        Map<String, JsonNode> nodes = new HashMap<>();
        String source = input.name();
        while (true) {
          JsonToken t = p.nextToken();
          if (t == null) {
            break;
          }
          if (header != null && row >= limits.maxRows()) {
            sink.fail(Failure.of(FailureKind.LIMIT_EXCEEDED, tableAt, "table has too many rows",
                "more than " + limits.maxRows(), "at most " + limits.maxRows() + " rows (ReadLimits.maxRows)"));
            return;
          }
          cells.next(header == null ? 8 : header.columns().size());
          reading[0] = header == null ? 0 : row + 1;
          int line = cells(p, t, cells, nodes);
          reading[0] = 0;
          if (cells.size() == 1 && (cells.get(0) == null || cells.get(0).asText().isBlank())) {
            continue;
          }
          if (header == null) {
            header = header(cells.list(), at(source, table, 0, line), d, sink);
            if (header == null) {
              return;
            }
            continue;
          }
          row++;
          if (cells.size() != header.columns().size()) {
            sink.reject(ImmutableList.of(Failure.of(FailureKind.WRONG_SHAPE, at(source, table, row, line), "row has "
                    + cells.size() + " fields but the header names " + header.columns().size() + " columns",
                joined(cells.list(), d), header.columns().size() + " fields: " + header.columns())));
          } else {
            // No location is built for the row: it is made from the line and row numbers if a failure needs it.
            sink.row(FlatRow.of(source, table, row, Math.max(line, 0), header, cells.array()));
          }
        }
        if (header == null) {
          sink.fail(input.emptyFailure());
        }
      }
    } catch (InputException e) {
      fail(sink, inRow(e.failure(), table, reading[0]));
    } catch (Exception | StackOverflowError e) {
      fail(sink, inRow(JacksonFailures.of(e, input.name()), table, reading[0]));
    }
  }

  /** Row {@code row} of {@code table} (0: the header, in no row), at {@code line} (below 1: not known), column 1. */
  private static Location at(String source, String table, int row, int line) {
    var at = Location.builder().source(source).table(table);
    if (row > 0) {
      at.row(row);
    }
    if (line >= 1) {
      at.line(line).column(1);
    }
    return at.build();
  }

  /** The failure, in row {@code row} of {@code table} (0 for none: the failure then belongs to no row). */
  private static Failure inRow(Failure f, String table, int row) {
    var at = Location.builder().from(f.location()).table(table);
    if (row > 0) {
      at.row(row);
    }
    return Failure.builder().from(f).location(at.build()).build();
  }

  private static void fail(RowSink sink, Failure f) {
    if (f.location().row().isPresent()) {
      sink.reject(ImmutableList.of(f));
    } else {
      sink.fail(f);
    }
  }

  /** The delimiter: the caller's, or the one the header line uses (said so in a note when it is not a comma). */
  private char delimiter(BufferedReader in, Input input, RowSink sink) throws IOException {
    in.mark(HEADER_LOOKAHEAD);
    char[] buffer = new char[HEADER_LOOKAHEAD - 1];
    int n = in.read(buffer, 0, buffer.length);
    in.reset();
    String head = n <= 0 ? "" : new String(buffer, 0, n);
    String firstLine = head.strip().lines().findFirst().orElse("");
    int[] counts = new int[DELIMITERS.length()];
    boolean quoted = false;
    for (int i = 0; i < firstLine.length(); i++) {
      char c = firstLine.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && DELIMITERS.indexOf(c) >= 0) {
        counts[DELIMITERS.indexOf(c)]++;
      }
    }
    if (delimiter.isPresent()) {
      return delimiter.get();
    }
    int best = 0;
    for (int i = 1; i < counts.length; i++) {
      if (counts[i] > counts[best]) {
        best = i;
      }
    }
    char d = DELIMITERS.charAt(best);
    if (d != ',') {
      sink.note(input.name() + ": columns separated by " + name(d) + " (detected from the header line)");
    }
    return d;
  }

  private static String name(char d) {
    return d == ',' ? "commas" : d == ';' ? "semicolons" : "tabs";
  }

  /** The header's columns, checked by the table; null if no row can be read under it. */
  private FlatRow.Header header(List<JsonNode> cells, Location at, char d, RowSink sink) {
    List<String> columns = new ArrayList<>();
    List<Location> locations = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String column = cells.get(i) == null ? "" : cells.get(i).asText().trim();
      columns.add(column);
      locations.add(Location.builder().from(at).column(i + 1).field(column).build());
    }
    if (columns.size() == 1) {
      for (char other : DELIMITERS.toCharArray()) {
        if (other != d && columns.get(0).indexOf(other) >= 0) {
          sink.fail(Failure.of(FailureKind.MALFORMED, locations.get(0), "the header is one column holding "
                  + name(other) + ": the file's columns are separated by " + name(other) + ", not by " + name(d),
              columns.get(0), "columns separated by " + name(d) + ", or a reader for " + name(other)
                  + " (CsvDatasetReader.withDelimiter)"));
          return null;
        }
      }
    }
    return sink.header(columns, locations) ? FlatRow.Header.of(columns) : null;
  }

  /** The cells of the row starting at token {@code start}, null for empty; returns the first cell's line, or -1. */
  private static int cells(CsvParser p, JsonToken start, LineCells cells, Map<String, JsonNode> nodes)
      throws IOException {
    if (start != JsonToken.START_ARRAY) {
      int line = line(p.currentTokenLocation());
      cells.add(cell(p.getValueAsString(""), nodes));
      return line;
    }
    int line = -1;
    for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (line < 0) {
        line = line(p.currentTokenLocation());
      }
      cells.add(cell(p.getValueAsString(""), nodes));
    }
    return line;
  }

  private static int line(JsonLocation at) {
    return at.getLineNr();
  }

  /**
   * The cell's node, null for an empty cell; a long table repeats its cells (subjects, cycles, elements, values,
   * sources), so one node is kept a distinct short text within a read, up to {@link #NODES_KEPT} of them.
   */
  private static JsonNode cell(String text, Map<String, JsonNode> nodes) {
    if (text.isEmpty()) {
      return null;
    }
    if (text.length() > NODE_TEXT_KEPT) {
      return node(text);
    }
    JsonNode kept = nodes.get(text);
    if (kept == null) {
      kept = node(text);
      if (nodes.size() < NODES_KEPT) {
        nodes.put(text, kept);
      }
    }
    return kept;
  }

  private static JsonNode node(String text) {
    return TextNode.valueOf(text.charAt(0) == '\'' ? unguard(text) : text);
  }

  /**
   * The cells of one line, in an array made for the line, as wide as the header: the row keeps the array as it is,
   * with no copy (a line with more cells than the header grows it, and is rejected).
   */
  private static final class LineCells {
    private JsonNode[] cells = new JsonNode[0];
    private int size;

    void next(int width) {
      cells = new JsonNode[width];
      size = 0;
    }

    void add(JsonNode cell) {
      if (size == cells.length) {
        cells = java.util.Arrays.copyOf(cells, Math.max(8, size * 2));
      }
      cells[size++] = cell;
    }

    int size() {
      return size;
    }

    JsonNode get(int i) {
      return cells[i];
    }

    /** {@return the cells, as the array itself when it is exactly as wide as the line} */
    JsonNode[] array() {
      return size == cells.length ? cells : java.util.Arrays.copyOf(cells, size);
    }

    List<JsonNode> list() {
      return java.util.Arrays.asList(cells).subList(0, size);
    }
  }

  private static String joined(List<JsonNode> cells, char d) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      s.append(i == 0 ? "" : String.valueOf(d)).append(cells.get(i) == null ? "" : cells.get(i).asText());
    }
    return s.toString();
  }

  /** {@return the format and its file extensions, e.g. {@code csv reader (.csv)}} */
  @Override
  public String toString() {
    return format() + " reader (" + String.join(", ", fileExtensions().stream().map(e -> "." + e).toList()) + ")";
  }
}
