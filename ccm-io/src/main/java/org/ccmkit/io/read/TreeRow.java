package org.ccmkit.io.read;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One row of a table as parsed, before it is converted to the domain: its fields as a JSON object, with where it starts
 * (line, column, table and 1-based row). A row of a JSON or YAML array has a JSON pointer ({@code /3} in a top-level
 * array, {@code /facts/3} in a dataset document), and its fields are named by pointers below it; a row of a flat table
 * (a CSV line, or a row a custom reader builds) has an empty pointer, and its fields are named by column
 * ({@code source.document}). The node is not copied; treat it as read-only.
 *
 * @param location where the row starts
 * @param pointer the row's JSON pointer, or empty for a row of a flat table
 * @param node the row's fields
 */
public record TreeRow(Location location, String pointer, ObjectNode node) {

  /**
   * A row of a flat table (CSV): fields are named by column.
   *
   * @param location where in the input
   * @param node the JSON node
   * @return a row of a flat table (CSV): fields are named by column
   */
  public static TreeRow flat(Location location, ObjectNode node) {
    return new TreeRow(location, "", node);
  }

  /** {@return whether the row belongs to a flat table, its fields named by column} */
  public boolean isFlat() {
    return pointer.isEmpty();
  }

  /**
   * The label of a field given by its logical, dot-separated path: a JSON pointer or a column name.
   *
   * @param field the field's name
   * @return the label of a field given by its logical, dot-separated path: a JSON pointer or a column name
   */
  public String label(String field) {
    if (isFlat()) {
      return field;
    }
    return field.isEmpty() ? pointer : pointer + "/" + field.replace("~", "~0").replace("/", "~1").replace('.', '/');
  }

  /** {@return a context for converting this row: failures at its fields are labelled as {@link #label(String)} says} */
  public RowContext context() {
    return new RowContext(isFlat() ? location : location.withField(pointer), this::label);
  }

  /**
   * The column a JSON pointer into a flat row names: {@code /source/document} is {@code source.document}.
   *
   * @param pointer the JSON pointer of the node
   * @return the column a JSON pointer into a flat row names: {@code /source/document} is {@code source.document}
   */
  public static String columnOf(String pointer) {
    StringBuilder s = new StringBuilder();
    for (String part : pointer.split("/")) {
      if (!part.isEmpty() && !part.chars().allMatch(Character::isDigit) && !part.equals("-")) {
        s.append(s.length() == 0 ? "" : ".").append(part.replace("~1", "/").replace("~0", "~"));
      }
    }
    return s.toString();
  }
}
