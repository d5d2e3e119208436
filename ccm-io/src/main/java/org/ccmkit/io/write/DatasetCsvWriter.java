package org.ccmkit.io.write;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.io.CsvDatasetReader;
import org.ccmkit.io.table.DataTable;

/**
 * Writes a monitoring dataset as a folder of CSV files, one per table ({@code states.csv}, {@code facts.csv}, …), each
 * with a header line and the table's columns in order: the format {@code MonitoringDataReader.readDataset(folder)}
 * reads back into an equal dataset. Empty values are empty cells; lists are {@code ;}-separated; numbers are written
 * plainly, with their scale ({@code 1.50}). A text cell that a spreadsheet would take for a formula ({@code =}, {@code +},
 * {@code -}, {@code @}, tab, carriage return first) is written with a leading apostrophe
 * ({@link CsvDatasetReader#guard}), which the CSV reader removes.
 */
public final class DatasetCsvWriter {

  private static final ObjectMapper TREES = OutputMappers.json()
      .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));
  private static final CsvMapper CSV = OutputMappers.csv();

  private DatasetCsvWriter() {}

  /**
   * The dataset's tables as CSV texts, keyed by file name ({@code states.csv}), in reading order.
   *
   * @param dataset the monitoring dataset
   * @return the dataset's tables as CSV texts, keyed by file name ({@code states.csv}), in reading order
   */
  public static ImmutableMap<String, String> write(MonitoringDataset dataset) {
    checkNotNull(dataset, "DatasetCsvWriter.write: dataset must not be null");
    ImmutableListMultimap<String, Object> rows = DataTable.rowsOf(dataset, true);
    ImmutableMap.Builder<String, String> files = ImmutableMap.builder();
    for (String table : DataTable.written(true)) {
      files.put(table + ".csv", table(DataTable.named(table).get().columns(), rows.get(table)));
    }
    return files.build();
  }

  /**
   * Writes the dataset's tables as CSV files into {@code folder}, which is created if needed.
   *
   * @param dataset the monitoring dataset
   * @param folder the folder
   */
  public static void write(MonitoringDataset dataset, Path folder) {
    checkNotNull(dataset, "DatasetCsvWriter.write: dataset must not be null");
    checkNotNull(folder, "DatasetCsvWriter.write: folder must not be null");
    try {
      Files.createDirectories(folder);
      for (Map.Entry<String, String> file : write(dataset).entrySet()) {
        Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the dataset to " + folder, e);
    }
  }

  /**
   * One table as CSV: a header of {@code columns}, then each row (a transfer record) with its fields in those
   * columns; dotted columns take nested fields, lists are joined with {@code ;}.
   *
   * @param columns the columns
   * @param rows the rows read
   * @return one table as CSV: a header of {@code columns}, then each row (a transfer record) with its fields in those
   *     columns; dotted columns take nested fields, lists are joined with {@code ;}
   */
  public static String table(List<String> columns, List<?> rows) {
    checkNotNull(columns, "DatasetCsvWriter.table: columns must not be null");
    checkNotNull(rows, "DatasetCsvWriter.table: rows must not be null");
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
    columns.forEach(schema::addColumn);
    StringWriter out = new StringWriter();
    try (var writer = CSV.writer(schema.build()).writeValues(out)) {
      for (List<String> cells : cells(columns, rows)) {
        writer.write(cells.stream().map(CsvDatasetReader::guard).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write CSV to memory", e);
    }
    String text = out.toString();
    return text.isEmpty() ? String.join(",", columns) + "\n" : text;
  }

  /** The cells of each row in {@code columns}, as text (empty for none), before any CSV quoting or guarding. */
  static List<List<String>> cells(List<String> columns, List<?> rows) {
    List<List<String>> out = new ArrayList<>();
    for (Object row : rows) {
      JsonNode node = TREES.valueToTree(row);
      List<String> cells = new ArrayList<>();
      for (String column : columns) {
        cells.add(cell(node.at("/" + column.replace('.', '/'))));
      }
      out.add(cells);
    }
    return out;
  }

  private static String cell(JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return "";
    }
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(v -> items.add(v.asText()));
      return String.join(CsvDatasetReader.LIST_SEPARATOR, items);
    }
    if (value.isBigDecimal()) {
      return value.decimalValue().toPlainString();
    }
    return value.asText();
  }
}
