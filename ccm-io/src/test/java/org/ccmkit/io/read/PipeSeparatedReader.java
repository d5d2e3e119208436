package org.ccmkit.io.read;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
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
  public ReadResult<ImmutableList<TreeRow>> readRows(Input input, String table, ReadLimits limits) {
    RowCollector<TreeRow> rows = RowCollector.create();
    Optional<String> text = input.text(limits).value();
    if (text.isEmpty()) {
      input.text(limits).failures().forEach(rows::fail);
      return rows.result();
    }
    List<String> lines = text.get().lines().toList();
    List<String> header = List.of(lines.get(0).split("\\|", -1));
    for (int i = 1; i < lines.size(); i++) {
      Location at = Location.of(input.name(), i + 1, 1).withTable(table).withRow(i);
      RowContext context = RowContext.atColumns(at);
      String[] cells = lines.get(i).split("\\|", -1);
      if (cells.length != header.size()) {
        context.fail(FailureKind.WRONG_SHAPE, "", "wrong number of fields", lines.get(i), header.size() + " fields");
        rows.finish(context, Optional.empty());
        continue;
      }
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      for (int c = 0; c < cells.length; c++) {
        String[] path = header.get(c).split("\\.");
        ObjectNode parent = path.length == 2 ? node.withObjectProperty(path[0]) : node;
        if (!cells[c].isEmpty()) {
          parent.put(path[path.length - 1], cells[c]);
        }
      }
      rows.finish(context, Optional.of(TreeRow.flat(at, node)));
    }
    return rows.result();
  }
}
