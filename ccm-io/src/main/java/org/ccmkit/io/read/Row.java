package org.ccmkit.io.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;

/**
 * One row of a table as a reader parsed it, before it is converted to the domain: where it starts, and its fields by
 * their logical, dot-separated names ({@code source.document}). Two kinds exist: a row of a flat table, whose fields
 * are cells named by column (a CSV line, a spreadsheet row: {@link FlatRow}), and a row of a JSON or YAML list, whose
 * fields are the members of an object, named in failures by their JSON pointer ({@link TreeRow}). Converting a row is
 * the same for both: the table the row belongs to asks for each field by name.
 */
public interface Row {

  /** {@return where the row starts: source, line, table and 1-based row} */
  Location location();

  /**
   * The value of field {@code field} (dot-separated), or null if the row does not give it: a text, number or boolean
   * node, a list (an array node) or a group of fields (an object node). A flat row gives text, or what a spreadsheet
   * cell held (a number, a yes/no, a date as ISO text), never a list or group: a list is a cell of
   * {@code ;}-separated items.
   *
   * @param field the field's name
   * @return the value of field {@code field} (dot-separated), or null if the row does not give it: a text, number or
   *     boolean node, a list (an array node) or a group of fields (an object node)
   */
  JsonNode get(String field);

  /**
   * {@return the names of the fields the row gives, dot-separated: the columns of a flat row, the members of an object}
   */
  ImmutableList<String> fields();

  /**
   * How failures name field {@code field}: a column ({@code source.document}) or a JSON pointer ({@code /3/source}).
   *
   * @param field the field's name
   * @return how failures name field {@code field}: a column ({@code source.document}) or a JSON pointer ({@code
   *     /3/source})
   */
  String label(String field);

  /** {@return whether the row belongs to a flat table (its lists are {@code ;}-separated cells)} */
  boolean isFlat();

  /**
   * The location of field {@code field}.
   *
   * @param field the field's name
   * @return the location of field {@code field}
   */
  default Location at(String field) {
    String label = label(field);
    return label.isEmpty() ? location() : location().withField(label);
  }

  /**
   * {@return the 1-based line where the row starts, 0 if not known: {@code location().line()}, which a row may give
   * without building its location}
   */
  default int lineNumber() {
    return location().line().orElse(0);
  }

  /**
   * {@return the 1-based number of the row in its table, 0 if not known: {@code location().row()}, which a row may give
   * without building its location}
   */
  default int rowNumber() {
    return location().row().orElse(0);
  }
}
