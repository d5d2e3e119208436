package org.ccmkit.io.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A user's own format, registered in this module's test resources (META-INF/services) to show that a jar on the class
 * path adds a reader: pipe-separated lines, the first naming the columns, {@code source.document|source.locator}
 * nested as in CSV. It only parses; checking the rows is ccmkit's.
 */
public final class PipeSeparatedReader implements DatasetReader {

  @Override
  public String format() {
    return "psv";
  }

  @Override
  public ImmutableSet<String> fileExtensions() {
    return ImmutableSet.of("psv");
  }

  @Override
  public ImmutableSet<String> mediaTypes() {
    return ImmutableSet.of("text/x-pipe-separated");
  }

  @Override
  public void readRows(Input input, String table, ReadLimits limits, RowSink sink) {
    ReadResult<Optional<String>> text = input.text(limits);
    if (text.value().isEmpty()) {
      text.failures().forEach(sink::fail);
      return;
    }
    List<String> lines = text.value().get().lines().toList();
    List<String> columns = List.of(lines.get(0).split("\\|", -1));
    List<Location> cells = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      cells.add(Location.of(input.name(), 1, c + 1).withField(columns.get(c)));
    }
    if (!sink.header(columns, cells)) {
      return;
    }
    FlatRow.Header header = FlatRow.Header.of(columns);
    for (int i = 1; i < lines.size(); i++) {
      Location at = Location.of(input.name(), i + 1, 1).withTable(table).withRow(i);
      String[] values = lines.get(i).split("\\|", -1);
      if (values.length != columns.size()) {
        sink.reject(List.of(Failure.of(FailureKind.WRONG_SHAPE, at, "wrong number of fields", lines.get(i),
            columns.size() + " fields")));
        continue;
      }
      JsonNode[] row = new JsonNode[values.length];
      for (int c = 0; c < values.length; c++) {
        row[c] = values[c].isEmpty() ? null : TextNode.valueOf(values[c]);
      }
      sink.row(FlatRow.of(at, header, row));
    }
  }
}
