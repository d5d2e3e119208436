package org.ccmkit.io.write;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableListMultimap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.io.table.DataTable;

/**
 * Writes a monitoring dataset as one JSON document of tables, {@code {"states": [...], "facts": [...], ...}}: the
 * format {@code MonitoringDataReader.readDataset} reads back into an equal dataset. Absent fields are left out.
 */
public final class DatasetJsonWriter {

  private static final ObjectMapper MAPPER = OutputMappers.json()
      .setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));

  private DatasetJsonWriter() {}

  /**
   * The dataset as JSON text, indented, ending with a new line.
   *
   * @param dataset the monitoring dataset
   * @return the dataset as JSON text, indented, ending with a new line
   */
  public static String write(MonitoringDataset dataset) {
    checkNotNull(dataset, "DatasetJsonWriter.write: dataset must not be null");
    ImmutableListMultimap<String, Object> rows = DataTable.rowsOf(dataset, false);
    ObjectNode document = MAPPER.createObjectNode();
    for (String table : DataTable.written(false)) {
      ArrayNode array = document.putArray(table);
      rows.get(table).forEach(r -> array.add(MAPPER.valueToTree(r)));
    }
    try {
      return MAPPER.writeValueAsString(document) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a dataset's rows are plain records and always serialise", e);
    }
  }

  /**
   * Writes the dataset as JSON to {@code file} (UTF-8).
   *
   * @param dataset the monitoring dataset
   * @param file the file
   */
  public static void write(MonitoringDataset dataset, Path file) {
    checkNotNull(dataset, "DatasetJsonWriter.write: dataset must not be null");
    checkNotNull(file, "DatasetJsonWriter.write: file must not be null");
    try {
      Files.writeString(file, write(dataset), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
