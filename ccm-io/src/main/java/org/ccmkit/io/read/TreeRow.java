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

  @Override
  public JsonNode get(String field) {
    JsonNode n = node;
    int from = 0;
    while (true) {
      int dot = field.indexOf('.', from);
      String part = dot < 0 ? field.substring(from) : field.substring(from, dot);
      n = n.get(part);
      if (n == null || dot < 0) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n;
      }
      if (!n.isObject()) {
        return null;
      }
      from = dot + 1;
    }
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
