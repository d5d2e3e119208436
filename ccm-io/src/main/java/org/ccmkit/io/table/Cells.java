package org.ccmkit.io.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.Row;
import org.ccmkit.io.read.TreeRow;

/**
 * The fields of one row as its table's transfer record needs them, whatever the format: text, a scalar (text, number,
 * yes/no), a list, a source, a nested list of rows. A field of the wrong shape (a list or a group where one value was
 * expected, the reverse) is recorded as a {@link FailureKind#WRONG_SHAPE} failure in the row's words and read as
 * absent, so that a row reports all its problems at once.
 */
final class Cells {

  /** The separator of list values in a cell of a flat table: {@code AFG;TCD}. */
  static final String LIST_SEPARATOR = ";";

  private final Row row;
  private final RowContext context;
  private final String prefix;

  Cells(Row row, RowContext context) {
    this(row, context, "");
  }

  private Cells(Row row, RowContext context, String prefix) {
    this.row = row;
    this.context = context;
    this.prefix = prefix;
  }

  private void fail(String field, String reason, String value, String expected) {
    context.fail(FailureKind.WRONG_SHAPE, prefix + field, reason, value, expected);
  }

  RowContext context() {
    return context;
  }

  /** A text field: a scalar, as written. */
  String text(String field) {
    JsonNode v = scalar(field);
    return v == null ? null : v.asText();
  }

  /** A scalar field: text, a number or a yes/no value. */
  JsonNode scalar(String field) {
    JsonNode v = row.get(field);
    if (v == null || v.isValueNode()) {
      return v;
    }
    fail(field, (v.isArray() ? "a list" : "a group of fields")
        + " where one value was expected", v.toString(), "one value for '" + field + "'");
    return null;
  }

  /** A list field: a list of values, or in a flat table a cell of {@code ;}-separated values. */
  List<String> list(String field) {
    JsonNode v = row.get(field);
    if (v == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    if (v.isArray()) {
      for (int i = 0; i < v.size(); i++) {
        JsonNode item = v.get(i);
        if (item.isValueNode() && !item.isNull()) {
          out.add(item.asText());
        } else {
          fail(field + "." + i, "not one value in a list of values",
              item.toString(), "a value such as LAO");
        }
      }
      return out;
    }
    if (v.isValueNode() && row.isFlat()) {
      for (String item : v.asText().split(LIST_SEPARATOR, -1)) {
        if (!item.isBlank()) {
          out.add(item.trim());
        }
      }
      return out;
    }
    fail(field, "not a list", v.toString(), "a list such as [\"LAO\", \"AFG\"]");
    return null;
  }

  /** A source: the fields {@code field.document} and {@code field.locator}; null if both are absent. */
  SourceRow source(String field) {
    JsonNode group = row.isFlat() ? null : row.get(field);
    if (group != null && !group.isObject()) {
      fail(field, "not a group of fields", group.toString(),
          "a source such as {\"document\": \"RD\", \"locator\": \"para 83\"}");
      return null;
    }
    String document = text(Fields.document(field));
    String locator = text(Fields.locator(field));
    return document == null && locator == null && group == null ? null : new SourceRow(document, locator);
  }

  /**
   * Whether the row gives the group of fields {@code field} of a source (JSON and YAML; never a flat row); a group that
   * is not an object is a failure, as in {@link #source}. Its fields are then read as {@code field.document} and
   * {@code field.locator}, with no transfer record.
   */
  boolean sourceGroup(String field) {
    JsonNode group = row.isFlat() ? null : row.get(field);
    if (group != null && !group.isObject()) {
      fail(field, "not a group of fields", group.toString(),
          "a source such as {\"document\": \"RD\", \"locator\": \"para 83\"}");
    }
    return group != null;
  }

  /** A list of nested rows (JSON and YAML only: extensions inside an obligation), each read by {@code read}. */
  <R> List<R> nested(String field, java.util.Set<String> columns, Function<Cells, R> read) {
    JsonNode v = row.get(field);
    if (v == null) {
      return null;
    }
    if (!v.isArray() || !(row instanceof TreeRow)) {
      fail(field, "not a list", v.toString(), "a list of objects: [ {...}, {...} ]");
      return null;
    }
    List<R> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      JsonNode item = v.get(i);
      if (!item.isObject()) {
        fail(field + "." + i, "not an object", item.toString(),
            "an object of fields: {\"field\": value, ...}");
        continue;
      }
      TreeRow nested = ((TreeRow) row).nested(field, i, (ObjectNode) item);
      for (String name : nested.fields()) {
        if (!columns.contains(name) && !columns.contains(name.split("\\.", 2)[0])) {
          context.fail(FailureKind.UNKNOWN_FIELD, prefix + field + "." + i + "." + name, "unknown field", name,
              Suggestions.expected("one of " + columns, name, columns));
        }
      }
      out.add(read.apply(new Cells(nested, context, prefix + field + "." + i + ".")));
    }
    return out;
  }
}
