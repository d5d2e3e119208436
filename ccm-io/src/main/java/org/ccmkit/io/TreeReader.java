package org.ccmkit.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.InputException;
import org.ccmkit.io.read.Location;
import org.ccmkit.io.read.ReadLimits;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.read.Row;
import org.ccmkit.io.read.RowSink;
import org.ccmkit.io.read.TableRows;
import org.ccmkit.io.read.TablesSink;
import org.ccmkit.io.read.TreeRow;

/**
 * Reads JSON or YAML documents whose tables are lists of objects, one object a row, token by token: a row is built as
 * a small tree when its tokens have been read and is handed on at once, so that a list of a million rows is never held
 * as a tree. Every row is accounted for; failures carry the line, column and JSON pointer ({@code /3/source/locator}).
 *
 * <p>YAML is read with the plain scalars of YAML 1.2's core schema, as JSON would read them: {@code 012}, {@code 0x10},
 * {@code 1:20} and {@code yes} are text, not numbers or booleans; any tag ({@code !!str}, {@code !java.lang.Runtime})
 * and any alias is refused as an {@link FailureKind#UNSUPPORTED_CONSTRUCT}; a line longer than the string-length limit
 * is refused before it is parsed. Syntax errors, duplicate keys and exceeded limits stop the document, with their
 * location; the row being read when that happened is rejected with the failure.
 *
 * <p>Thread-safe: one reader can read many inputs at once.
 */
final class TreeReader {

  /** A number as JSON writes it: what YAML's core schema reads as a number without surprises. */
  private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  private final JsonFactory factory;
  private final ReadLimits limits;
  private final boolean yaml;

  private TreeReader(JsonFactory factory, ReadLimits limits, boolean yaml) {
    this.factory = factory;
    this.limits = limits;
    this.yaml = yaml;
  }

  /** {@return a JSON reader with the default limits} */
  static TreeReader json() {
    return json(ReadLimits.defaults());
  }

  /**
   * A JSON reader with {@code limits}.
   *
   * @param limits the limits on what is read
   * @return a JSON reader with {@code limits}
   */
  static TreeReader json(ReadLimits limits) {
    return new TreeReader(SafeJackson.jsonFactory(limits), limits, false);
  }

  /** {@return a YAML reader with the default limits} */
  static TreeReader yaml() {
    return yaml(ReadLimits.defaults());
  }

  /**
   * A YAML reader with {@code limits}.
   *
   * @param limits the limits on what is read
   * @return a YAML reader with {@code limits}
   */
  static TreeReader yaml(ReadLimits limits) {
    return new TreeReader(SafeJackson.yamlFactory(limits), limits, true);
  }

  /** {@return the limits this reader keeps to} */
  ReadLimits limits() {
    return limits;
  }

  /**
   * The whole document as a tree; empty, with a document-level failure, if it cannot be parsed.
   *
   * @param input the file, folder, resource or bytes to read
   * @return the whole document as a tree; empty, with a document-level failure, if it cannot be parsed
   */
  ReadResult<Optional<JsonNode>> readTree(Input input) {
    java.util.List<Failure> failures = new java.util.ArrayList<>();
    JsonNode[] tree = new JsonNode[1];
    parse(input, failures::add, p -> {
      tree[0] = value(p, input, 0);
      trailing(p, input).ifPresent(failures::add);
    });
    return ReadResult.of(!failures.isEmpty() ? Optional.<JsonNode>empty() : Optional.ofNullable(tree[0]),
        failures, 0, 0, 0);
  }

  /**
   * Reads a document that is one table, a list of objects, handing each row to {@code sink} as soon as it is read.
   * Elements that are not objects, or that broke the document, are rejected.
   *
   * @param input the file, folder, resource or bytes to read
   * @param table the table's name
   * @param sink the sink
   */
  void readArray(Input input, String table, RowSink sink) {
    parse(input, sink::fail, p -> {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        sink.fail(Failure.of(FailureKind.WRONG_SHAPE, here(input, p).withTable(table), "document is not a list of "
            + table, describe(p.currentToken()), "a list of objects: [ {...}, {...} ]"));
        return;
      }
      if (elements(p, input, table, "", sink)) {
        trailing(p, input).ifPresent(sink::fail);
      }
    });
  }

  /**
   * The rows of a document that is one table, kept in memory.
   *
   * @param input the file, folder, resource or bytes to read
   * @param table the table's name
   * @return the rows of a document that is one table, kept in memory
   */
  ReadResult<ImmutableList<Row>> readArray(Input input, String table) {
    return TableRows.collect(sink -> readArray(input, table, sink.table(table))).map(t -> t.rows().get(table));
  }

  /**
   * The rows of a document that is an object whose members are tables: {@code {"states": [...], "facts": [...]}}.
   * Members not in {@code tables} are failures ({@link FailureKind#UNKNOWN_FIELD}) and are skipped; a member that is
   * not a list is a {@link FailureKind#WRONG_SHAPE} failure. Rows are keyed by table name, in document order.
   *
   * @param input the file, folder, resource or bytes to read
   * @param tables the tables' names
   * @return the rows of a document that is an object whose members are tables: {@code {"states": [...], "facts":
   *     [...]}}
   */
  ReadResult<TableRows> readTables(Input input, Set<String> tables) {
    return TableRows.collect(sink -> readTables(input, tables, sink));
  }

  /**
   * Reads a document that is an object whose members are tables, as {@link #readTables(Input, Set)}, handing each
   * table to {@code sink} as it begins and each of its rows as soon as it is read: the document is never held, as a
   * tree or as rows.
   *
   * @param input the file, folder, resource or bytes to read
   * @param tables the tables' names
   * @param sink where the tables go
   */
  void readTables(Input input, Set<String> tables, TablesSink sink) {
    parse(input, sink::fail, p -> {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        sink.fail(Failure.of(FailureKind.WRONG_SHAPE, here(input, p), "document is not an object of tables",
            describe(p.currentToken()), "an object such as {\"states\": [...], \"facts\": [...]}"));
        return;
      }
      boolean complete = true;
      while (complete && p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        Location at = here(input, p).withField("/" + name);
        JsonToken value = p.nextToken();
        refuseTagOrAlias(p, input);
        if (!tables.contains(name)) {
          sink.fail(Failure.of(FailureKind.UNKNOWN_FIELD, at, "unknown table", name, "one of " + tables));
          p.skipChildren();
        } else if (value != JsonToken.START_ARRAY) {
          sink.fail(Failure.of(FailureKind.WRONG_SHAPE, at.withTable(name), "table is not a list", describe(value),
              "a list of objects: [ {...}, {...} ]"));
          p.skipChildren();
        } else {
          // The table's sink takes its rows and the failure that stops the document while the table is read.
          complete = elements(p, input, name, "/" + name, sink.table(name));
        }
      }
      if (complete) {
        trailing(p, input).ifPresent(sink::fail);
      }
    });
  }

  private interface Body {
    void read(JsonParser p) throws IOException;
  }

  private interface Fail {
    void fail(Failure f);
  }

  /** Opens the input, positions the parser at the first token and runs {@code body}; every failure goes to fail. */
  private void parse(Input input, Fail fail, Body body) {
    ReadResult<Optional<Reader>> opened = input.open(limits);
    if (opened.value().isEmpty()) {
      opened.failures().forEach(fail::fail);
      return;
    }
    Reader reader = opened.value().get();
    if (yaml) {
      reader = new LineLengthReader(reader, limits.maxStringLength(), input.name());
    }
    JsonParser p = null;
    try {
      p = factory.createParser(reader);
      if (p.nextToken() == null) {
        fail.fail(input.emptyFailure());
        return;
      }
      refuseTagOrAlias(p, input);
      body.read(p);
    } catch (Exception | StackOverflowError e) {
      fail.fail(failure(e, input, p, Location.of(input.name())));
    } finally {
      close(p, reader);
    }
  }

  /**
   * Reads the elements of the list the parser is at into rows. Returns false if the document broke (the failure is
   * recorded, on the row being read).
   */
  private boolean elements(JsonParser p, Input input, String table, String prefix, RowSink sink) {
    int index = 0;
    Location tableAt = Location.of(input.name()).withTable(table);
    Location at = tableAt;
    while (true) {
      try {
        at = tableAt;
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
          return true;
        }
        if (index >= limits.maxRows()) {
          sink.fail(Failure.of(FailureKind.LIMIT_EXCEEDED, here(input, p).withTable(table), "table has too many rows",
              "more than " + limits.maxRows(), "at most " + limits.maxRows() + " rows (ReadLimits.maxRows)"));
          return false;
        }
        at = here(input, p, table, index + 1);
        String pointer = prefix + "/" + index;
        index++;
        refuseTagOrAlias(p, input);
        JsonNode node = value(p, input, 1);
        if (node instanceof ObjectNode) {
          sink.row(new TreeRow(at, pointer, (ObjectNode) node));
        } else {
          sink.reject(ImmutableList.of(Failure.of(FailureKind.WRONG_SHAPE, at.withField(pointer), "row is not an "
              + "object", node.toString(), "an object of fields: {\"field\": value, ...}")));
        }
      } catch (Exception | StackOverflowError e) {
        Failure f = failure(e, input, p, at);
        if (f.location().row().isPresent()) {
          sink.reject(ImmutableList.of(f));
        } else {
          sink.fail(f);
        }
        return false;
      }
    }
  }

  /** The value the parser is at, read to its end; depth is the nesting of the value's container. */
  private JsonNode value(JsonParser p, Input input, int depth) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          refuseLoneSurrogate(name, p, input);
          p.nextToken();
          refuseTagOrAlias(p, input);
          o.set(name, value(p, input, depth + 1));
        }
        return o;
      }
      case START_ARRAY: {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          refuseTagOrAlias(p, input);
          a.add(value(p, input, depth + 1));
        }
        return a;
      }
      case VALUE_STRING: {
        String text = p.getText();
        if (text.length() > limits.maxStringLength()) {
          throw new InputException(Failure.of(FailureKind.LIMIT_EXCEEDED, here(input, p), "text is longer than the "
              + "limit", "more than " + limits.maxStringLength() + " characters",
              "at most " + limits.maxStringLength() + " characters (ReadLimits.maxStringLength)"));
        }
        refuseLoneSurrogate(text, p, input);
        return JsonNodeFactory.instance.textNode(text);
      }
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        if (yaml && !JSON_NUMBER.matcher(p.getText()).matches()) {
          return JsonNodeFactory.instance.textNode(p.getText());
        }
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
          return JsonNodeFactory.instance.numberNode(p.getDecimalValue());
        }
        switch (p.getNumberType()) {
          case INT:
            return JsonNodeFactory.instance.numberNode(p.getIntValue());
          case LONG:
            return JsonNodeFactory.instance.numberNode(p.getLongValue());
          default:
            return JsonNodeFactory.instance.numberNode(p.getBigIntegerValue());
        }
      case VALUE_TRUE:
      case VALUE_FALSE:
        if (yaml && !p.getText().equalsIgnoreCase("true") && !p.getText().equalsIgnoreCase("false")) {
          return JsonNodeFactory.instance.textNode(p.getText());
        }
        return JsonNodeFactory.instance.booleanNode(t == JsonToken.VALUE_TRUE);
      case VALUE_NULL:
        return JsonNodeFactory.instance.nullNode();
      default:
        throw new InputException(Failure.of(FailureKind.MALFORMED, here(input, p), "unexpected content",
            describe(t), "a value"));
    }
  }

  /**
   * A lone surrogate (a {@code \\ud800} escape with no partner) is text no UTF-8 writer can write back: it is refused
   * where it is read, as an {@link FailureKind#ENCODING} failure.
   */
  private static void refuseLoneSurrogate(String text, JsonParser p, Input input) throws InputException {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new InputException(Failure.of(FailureKind.ENCODING, here(input, p), "text holds a lone surrogate, "
            + "which UTF-8 cannot encode", String.format("\\u%04x", (int) c), "text of whole characters"));
      }
    }
  }

  /** YAML tags and aliases are refused: a tag could name a type to build, an alias can make a bomb. */
  private void refuseTagOrAlias(JsonParser p, Input input) throws IOException {
    if (!(p instanceof YAMLParser)) {
      return;
    }
    YAMLParser y = (YAMLParser) p;
    if (y.isCurrentAlias()) {
      throw new InputException(Failure.of(FailureKind.UNSUPPORTED_CONSTRUCT, here(input, p),
          "YAML aliases are not read", "*" + p.getText(), "each value written out in full"));
    }
    String tag = y.getTypeId();
    if (tag != null) {
      throw new InputException(Failure.of(FailureKind.UNSUPPORTED_CONSTRUCT, here(input, p),
          "YAML tags are not read", tag, "the value without a tag"));
    }
  }

  /** A failure if anything follows the document's single value (a second YAML document, JSON after the end). */
  private static Optional<Failure> trailing(JsonParser p, Input input) throws IOException {
    JsonToken next = p.nextToken();
    if (next == null) {
      return Optional.empty();
    }
    return Optional.of(Failure.of(FailureKind.MALFORMED, here(input, p), "content after the end of the document",
        describe(next), "one document (one JSON value, one YAML document)"));
  }

  private static Failure failure(Throwable e, Input input, JsonParser p, Location at) {
    if (e instanceof InputException) {
      Failure f = ((InputException) e).failure();
      return Failure.builder().from(f).location(merge(f.location(), at)).build();
    }
    Failure f = JacksonFailures.of(e, at);
    if (f.location().line().isEmpty() && p != null) {
      // A limit (nesting depth, token count) is reported without a location: it is where the parser stopped.
      JsonLocation where = p.currentLocation();
      if (where != null && where.getLineNr() >= 1) {
        return Failure.builder().from(f).location(Location.builder().from(f.location()).line(where.getLineNr())
            .column(Math.max(1, where.getColumnNr())).build()).build();
      }
    }
    return f;
  }

  private static Location merge(Location found, Location row) {
    return Location.builder().from(row).line(found.line()).column(found.column()).build();
  }

  private static String describe(JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "a list";
      case VALUE_STRING:
        return "text";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a yes/no value";
      case VALUE_NULL:
        return "null";
      default:
        return t.asString() == null ? "more content" : t.asString();
    }
  }

  private static Location here(Input input, JsonParser p) {
    JsonLocation at = p.currentTokenLocation();
    return at.getLineNr() >= 1
        ? Location.of(input.name(), at.getLineNr(), Math.max(1, at.getColumnNr()))
        : Location.of(input.name());
  }

  /** Where the parser is, in row {@code row} of {@code table}: one location built, not three (a row is read often). */
  private static Location here(Input input, JsonParser p, String table, int row) {
    JsonLocation at = p.currentTokenLocation();
    var b = Location.builder().source(input.name()).table(table).row(row);
    if (at.getLineNr() >= 1) {
      b.line(at.getLineNr()).column(Math.max(1, at.getColumnNr()));
    }
    return b.build();
  }

  private static void close(JsonParser p, Reader reader) {
    try {
      if (p != null) {
        p.close();
      }
      reader.close();
    } catch (IOException | RuntimeException e) {
      // closing releases a file handle; the read's outcome is already recorded
    }
  }
}
