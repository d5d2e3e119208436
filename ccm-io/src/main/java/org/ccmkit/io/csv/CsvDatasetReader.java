package org.ccmkit.io.csv;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ccmkit.io.json.JacksonFailures;
import org.ccmkit.io.json.SafeJackson;
import org.ccmkit.io.read.DatasetReader;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.Location;
import org.ccmkit.io.read.ReadLimits;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.read.RowCollector;
import org.ccmkit.io.read.RowContext;
import org.ccmkit.io.read.TreeRow;
import org.ccmkit.io.table.DataTable;

/**
 * The built-in CSV reader. The first line names the columns; each further line is a row. Columns the table does not
 * define are {@link FailureKind#UNKNOWN_FIELD} failures (and are ignored), required columns that are missing
 * {@link FailureKind#MISSING_FIELD} failures (and every row then fails for want of them), a column named twice a
 * {@link FailureKind#DUPLICATE_KEY} that stops the read. A line with more or fewer fields than the header is a
 * {@link FailureKind#WRONG_SHAPE} failure of its row. An empty cell is an absent value.
 */
public final class CsvDatasetReader implements DatasetReader {

  /** The separator of list values in a cell: {@code AFG;TCD}. */
  public static final String LIST_SEPARATOR = ";";

  private final Map<ReadLimits, CsvMapper> mappers = new ConcurrentHashMap<>();

  /** The CSV reader (for {@link java.util.ServiceLoader}). */
  public CsvDatasetReader() {}

  @Override
  public String format() {
    return "csv";
  }

  @Override
  public ImmutableSet<String> fileExtensions() {
    return ImmutableSet.of("csv");
  }

  @Override
  public ImmutableSet<String> mediaTypes() {
    return ImmutableSet.of("text/csv");
  }

  @Override
  public ReadResult<ImmutableList<TreeRow>> readRows(Input input, String table, ReadLimits limits) {
    RowCollector<TreeRow> rows = RowCollector.create();
    ReadResult<Optional<String>> text = input.text(limits);
    if (text.value().isEmpty()) {
      text.failures().forEach(rows::fail);
      return rows.result();
    }
    Optional<DataTable<?>> known = DataTable.named(table);
    CsvMapper mapper = mappers.computeIfAbsent(limits, SafeJackson::csvMapper);
    Location tableAt = Location.of(input.name()).withTable(table);
    List<String> header = null;
    int row = 0;
    Location rowAt = tableAt;
    try (JsonParser p = mapper.createParser(text.value().get())) {
      while (true) {
        rowAt = tableAt;
        JsonToken t = p.nextToken();
        if (t == null) {
          break;
        }
        if (header != null) {
          if (row >= limits.maxRows()) {
            rows.fail(Failure.of(FailureKind.LIMIT_EXCEEDED, tableAt, "table has too many rows",
                "more than " + limits.maxRows(), "at most " + limits.maxRows() + " rows (ReadLimits.maxRows)"));
            return rows.result();
          }
          rowAt = tableAt.withRow(row + 1);
        }
        List<JsonLocation> first = new ArrayList<>(1);
        List<String> cells = cells(p, t, first);
        // The parser places a row's start where the row before it began; its first value's location is exact.
        if (!first.isEmpty() && first.get(0).getLineNr() >= 1) {
          rowAt = Location.builder().from(rowAt).line(first.get(0).getLineNr()).column(1).build();
        }
        if (cells.size() == 1 && cells.get(0).isBlank()) {
          continue;
        }
        if (header == null) {
          header = cells;
          if (!checkHeader(header, known, rowAt, rows)) {
            return rows.result();
          }
          continue;
        }
        row++;
        RowContext context = RowContext.atColumns(rowAt);
        if (cells.size() != header.size()) {
          context.fail(FailureKind.WRONG_SHAPE, "", "row has " + cells.size() + " fields but the header names "
              + header.size() + " columns", String.join(",", cells), header.size() + " fields: " + header);
          rows.finish(context, Optional.empty());
        } else {
          rows.finish(context, Optional.of(TreeRow.flat(rowAt, node(header, cells, known))));
        }
      }
    } catch (Exception | StackOverflowError e) {
      Failure f = JacksonFailures.of(e, input.name());
      Location at = Location.builder().from(f.location()).table(table).row(rowAt.row()).build();
      f = Failure.builder().from(f).location(at).build();
      if (at.row().isPresent()) {
        rows.reject(ImmutableList.of(f));
      } else {
        rows.fail(f);
      }
      return rows.result();
    }
    if (header == null) {
      rows.fail(Failure.of(FailureKind.EMPTY, tableAt, "input has no header line", null,
          "a header naming the columns, e.g. " + known.map(k -> String.join(",", k.columns())).orElse("a,b,c")));
    }
    return rows.result();
  }

  /** The cells of the row starting at token {@code start}; {@code firstAt} receives the first cell's location. */
  private static List<String> cells(JsonParser p, JsonToken start, List<JsonLocation> firstAt)
      throws java.io.IOException {
    List<String> cells = new ArrayList<>();
    if (start != JsonToken.START_ARRAY) {
      firstAt.add(p.currentTokenLocation());
      cells.add(p.getValueAsString(""));
      return cells;
    }
    for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (firstAt.isEmpty()) {
        firstAt.add(p.currentTokenLocation());
      }
      cells.add(p.getValueAsString(""));
    }
    return cells;
  }

  /** Checks the header; false (with the failure recorded) if the table cannot be read. */
  private static boolean checkHeader(List<String> header, Optional<DataTable<?>> table, Location at,
      RowCollector<TreeRow> rows) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i).trim();
      Location cell = Location.builder().from(at).column(i + 1).field(column).build();
      Integer first = seen.putIfAbsent(column, i + 1);
      if (first != null) {
        rows.fail(Failure.of(FailureKind.DUPLICATE_KEY, cell, "column named twice in the header (first in column "
            + first + ")", column, "each column once"));
        return false;
      }
      if (table.isPresent() && !table.get().columns().contains(column)) {
        rows.fail(Failure.of(FailureKind.UNKNOWN_FIELD, cell, "unknown column; its values are not read", column,
            "one of " + table.get().columns()));
      }
    }
    if (table.isPresent()) {
      for (String required : table.get().requiredColumns()) {
        if (!seen.containsKey(required)) {
          rows.fail(Failure.of(FailureKind.MISSING_FIELD, Location.builder().from(at).column(1).field(required).build(),
              "required column is missing from the header", null, "a column '" + required + "'"));
        }
      }
    }
    return true;
  }

  /** The row's cells as an object: dotted columns nested, list columns split, empty cells left out. */
  private static ObjectNode node(List<String> header, List<String> cells, Optional<DataTable<?>> table) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i).trim();
      String cell = cells.get(i);
      if (cell.isEmpty() || table.isPresent() && !table.get().columns().contains(column)) {
        continue;
      }
      String[] path = column.split("\\.", -1);
      ObjectNode parent = node;
      for (int j = 0; j < path.length - 1; j++) {
        parent = parent.get(path[j]) instanceof ObjectNode ? (ObjectNode) parent.get(path[j]) : parent.putObject(path[j]);
      }
      String leaf = path[path.length - 1];
      if (table.isPresent() && table.get().listColumns().contains(column)) {
        ArrayNode list = parent.putArray(leaf);
        for (String item : cell.split(LIST_SEPARATOR, -1)) {
          if (!item.isBlank()) {
            list.add(item.trim());
          }
        }
      } else {
        parent.put(leaf, cell);
      }
    }
    return node;
  }

  /** {@return the format and its file extensions, e.g. {@code csv reader (.csv)}} */
  @Override
  public String toString() {
    return format() + " reader (" + String.join(", ", fileExtensions().stream().map(e -> "." + e).toList()) + ")";
  }
}
