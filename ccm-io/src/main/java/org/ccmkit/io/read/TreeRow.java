package org.ccmkit.io.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import java.util.Iterator;
import java.util.Map;

/**
 * A row of a JSON or YAML list: an object, with where it starts and its JSON pointer ({@code /3} in a top-level list,
 * {@code /facts/3} in a dataset document); its fields are named in failures by pointers below it. The node is not
 * copied; treat it as read-only.
 *
 * @param location where the row starts
 * @param pointer the row's JSON pointer
 * @param node the row's fields
 */
public record TreeRow(Location location, String pointer, ObjectNode node) implements Row {

  /** The parts of the dotted field names asked for ({@code source.document}), split once: a table asks on every row. */
  private static final java.util.concurrent.ConcurrentHashMap<String, String[]> PARTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int PARTS_KEPT = 1 << 10;

  @Override
  public JsonNode get(String field) {
    if (field.indexOf('.') < 0) {
      JsonNode n = node.get(field);
      return n == null || n.isNull() || n.isMissingNode() ? null : n;
    }
    String[] parts = PARTS.get(field);
    if (parts == null) {
      parts = field.split("\\.", -1);
      if (PARTS.size() < PARTS_KEPT) {
        PARTS.put(field, parts);
      }
    }
    JsonNode n = node;
    for (int i = 0; i < parts.length; i++) {
      n = n.get(parts[i]);
      if (n == null || i == parts.length - 1) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n;
      }
      if (!n.isObject()) {
        return null;
      }
    }
    return null;
  }

  @Override
  public ImmutableList<String> fields() {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    collect(node, "", out);
    return out.build();
  }

  private static void collect(JsonNode object, String prefix, ImmutableList.Builder<String> out) {
    for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String name = prefix + e.getKey();
      if (e.getValue().isObject() && !e.getValue().isEmpty()) {
        collect(e.getValue(), name + ".", out);
      } else {
        out.add(name);
      }
    }
  }

  @Override
  public String label(String field) {
    return field.isEmpty() ? pointer : pointer + "/" + field.replace("~", "~0").replace("/", "~1").replace('.', '/');
  }

  @Override
  public boolean isFlat() {
    return false;
  }

  /**
   * The row {@code node} below this one at {@code field}, the {@code index}th element of a nested list.
   *
   * @param field the field's name
   * @param index the index
   * @param element the data element's key
   * @return the row {@code node} below this one at {@code field}, the {@code index}th element of a nested list
   */
  public TreeRow nested(String field, int index, ObjectNode element) {
    return new TreeRow(location, label(field) + "/" + index, element);
  }
}
