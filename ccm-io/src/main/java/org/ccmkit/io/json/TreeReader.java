package org.ccmkit.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.Location;
import org.ccmkit.io.read.ReadLimits;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.read.RowCollector;
import org.ccmkit.io.read.RowContext;
import org.ccmkit.io.read.RowConverter;
import org.ccmkit.io.read.TableRows;
import org.ccmkit.io.read.TreeRow;

/**
 * Reads JSON or YAML documents whose tables are arrays of objects, one object a row, and maps each row to a transfer
 * type (a Java record) and then to the domain, never losing a row: each row is accepted or rejected with failures
 * that carry its line, column and the JSON pointer of the offending field ({@code /3/source/locator}).
 *
 * <p>Three shapes are read: a top-level array (one table: {@link #readArray}), a top-level object whose members are
 * tables ({@link #readTables}), and any document as a whole ({@link #readTree}, {@link #readDocument}). Syntax errors,
 * duplicate keys, exceeded limits and (in YAML) aliases stop the document; the row being read when that happened is
 * rejected with the failure.
 *
 * <p>Thread-safe: one reader can read many inputs at once.
 */
public final class TreeReader {

  private final ObjectMapper mapper;
  /** Reads one value at a time: what follows it (the next row) is not trailing content. */
  private final ObjectReader values;
  private final ReadLimits limits;
  private final boolean yaml;

  private TreeReader(ObjectMapper mapper, ReadLimits limits, boolean yaml) {
    this.mapper = mapper;
    this.values = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    this.limits = limits;
    this.yaml = yaml;
  }

  /** {@return a JSON reader with the default limits} */
  public static TreeReader json() {
    return json(ReadLimits.defaults());
  }

  /**
   * A JSON reader with {@code limits}.
   *
   * @param limits the limits on what is read
   * @return a JSON reader with {@code limits}
   */
  public static TreeReader json(ReadLimits limits) {
    return new TreeReader(SafeJackson.jsonMapper(limits), limits, false);
  }

  /** {@return a YAML reader with the default limits} */
  public static TreeReader yaml() {
    return yaml(ReadLimits.defaults());
  }

  /**
   * A YAML reader with {@code limits}.
   *
   * @param limits the limits on what is read
   * @return a YAML reader with {@code limits}
   */
  public static TreeReader yaml(ReadLimits limits) {
    return new TreeReader(SafeJackson.yamlMapper(limits), limits, true);
  }

  /** {@return the limits this reader keeps to} */
  public ReadLimits limits() {
    return limits;
  }

  /** {@return a copy of the mapper this reader uses, to map trees to transfer types the same way} */
  public ObjectMapper mapper() {
    return mapper.copy();
  }

  /**
   * The whole document as a tree; empty, with a document-level failure, if it cannot be parsed.
   *
   * @param input the file, folder, resource or bytes to read
   * @return the whole document as a tree; empty, with a document-level failure, if it cannot be parsed
   */
  public ReadResult<Optional<JsonNode>> readTree(Input input) {
    ReadResult<Optional<String>> read = input.text(limits);
    if (read.value().isEmpty()) {
      return ReadResult.of(Optional.empty(), read.failures(), 0, 0, 0);
    }
    Optional<String> text = read.value();
    Optional<Failure> alias = yaml ? findAlias(text.get(), input.name()) : Optional.empty();
    if (alias.isPresent()) {
      return ReadResult.failed(Optional.empty(), alias.get());
    }
    try (JsonParser p = mapper.createParser(text.get())) {
      if (p.nextToken() == null) {
        return ReadResult.failed(Optional.empty(), noDocument(input));
      }
      JsonNode node = values.readTree(p);
      Optional<Failure> trailing = trailing(p, input);
      return trailing.isPresent()
          ? ReadResult.failed(Optional.empty(), trailing.get())
          : ReadResult.of(Optional.ofNullable(node));
    } catch (Exception | StackOverflowError e) {
      return ReadResult.failed(Optional.empty(), JacksonFailures.of(e, input.name()));
    }
  }

  /**
   * The whole document mapped to {@code type} (for example a catalogue); empty, with the failure, if it cannot be
   * parsed or mapped. Mapping failures carry the JSON pointer of the field.
   *
   * @param <R> the type each row is bound to
   * @param input the file, folder, resource or bytes to read
   * @param type the type
   * @return the whole document mapped to {@code type} (for example a catalogue); empty, with the failure, if it cannot
   *     be parsed or mapped
   */
  public <R> ReadResult<Optional<R>> readDocument(Input input, Class<R> type) {
    ReadResult<Optional<JsonNode>> tree = readTree(input);
    if (tree.value().isEmpty()) {
      return tree.map(t -> Optional.empty());
    }
    try {
      return ReadResult.of(Optional.ofNullable(mapper.treeToValue(tree.value().get(), type)));
    } catch (Exception | StackOverflowError e) {
      return ReadResult.failed(Optional.empty(), JacksonFailures.of(e, Location.of(input.name()), ""));
    }
  }

  /**
   * The rows of a document that is one table, an array of objects. Rows that are not objects, or that broke the
   * document, are rejected; the others are accepted as {@link TreeRow}s, to be converted by {@link #convert}.
   *
   * @param input the file, folder, resource or bytes to read
   * @param table the table's name
   * @return the rows of a document that is one table, an array of objects
   */
  public ReadResult<ImmutableList<TreeRow>> readArray(Input input, String table) {
    RowCollector<TreeRow> rows = RowCollector.create();
    Optional<JsonParser> opened = open(input, rows);
    if (opened.isEmpty()) {
      return rows.result();
    }
    try (JsonParser p = opened.get()) {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        rows.fail(Failure.of(FailureKind.WRONG_SHAPE, here(input, p).withTable(table),
            "document is not a list of " + table, p.currentToken().asString(), "a list of objects: [ {...}, {...} ]"));
        return rows.result();
      }
      if (readElements(p, input, table, "", rows)) {
        trailing(p, input).ifPresent(rows::fail);
      }
    } catch (Exception | StackOverflowError e) {
      rows.fail(JacksonFailures.of(e, input.name()));
    }
    return rows.result();
  }

  /**
   * The rows of a document that is one table, each mapped to {@code rowType} and converted to the domain by
   * {@code converter}. Every row is accepted or rejected with its failures.
   *
   * @param <R> the type each row is bound to
   * @param <T> the type of the value
   * @param input the file, folder, resource or bytes to read
   * @param table the table's name
   * @param rowType the type each row is bound to
   * @param converter turns a row into a value
   * @return the rows of a document that is one table, each mapped to {@code rowType} and converted to the domain by
   *     {@code converter}
   */
  public <R, T> ReadResult<ImmutableList<T>> readArray(Input input, String table, Class<R> rowType,
      RowConverter<R, T> converter) {
    return readArray(input, table).thenRead(rows -> convert(rows, rowType, converter));
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
  public ReadResult<TableRows> readTables(Input input, Set<String> tables) {
    RowCollector<TreeRow> rows = RowCollector.create();
    Set<String> present = new java.util.LinkedHashSet<>();
    Optional<JsonParser> opened = open(input, rows);
    if (opened.isPresent()) {
      try (JsonParser p = opened.get()) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
          rows.fail(Failure.of(FailureKind.WRONG_SHAPE, here(input, p), "document is not an object of tables",
              p.currentToken().asString(), "an object such as {\"states\": [...], \"facts\": [...]}"));
          return rows.result(r -> TableRows.empty());
        }
        boolean complete = true;
        while (complete && p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          Location at = here(input, p).withField("/" + name);
          JsonToken value = p.nextToken();
          if (!tables.contains(name)) {
            rows.fail(Failure.of(FailureKind.UNKNOWN_FIELD, at, "unknown table", name,
                "one of " + ImmutableSet.copyOf(tables)));
            p.skipChildren();
          } else if (value != JsonToken.START_ARRAY) {
            rows.fail(Failure.of(FailureKind.WRONG_SHAPE, at.withTable(name), "table is not a list", value.asString(),
                "a list of objects: [ {...}, {...} ]"));
            p.skipChildren();
          } else {
            present.add(name);
            complete = readElements(p, input, name, "/" + name, rows);
          }
        }
        if (complete) {
          trailing(p, input).ifPresent(rows::fail);
        }
      } catch (Exception | StackOverflowError e) {
        rows.fail(JacksonFailures.of(e, input.name()));
      }
    }
    return rows.result(r -> TableRows.of(r.stream().collect(ImmutableListMultimap.toImmutableListMultimap(
        t -> t.location().table().orElse(""), t -> t)), present));
  }

  /**
   * Maps each row to {@code rowType} and converts it with {@code converter}. Fields the row type does not have are
   * {@link FailureKind#UNKNOWN_FIELD} failures (all of them, not only the first); type errors, model validation
   * failures and the converter's own failures reject the row. Every row is accounted for.
   *
   * @param <R> the type each row is bound to
   * @param <T> the type of the value
   * @param rows the rows read
   * @param rowType the type each row is bound to
   * @param converter turns a row into a value
   * @return the value read, with every failure found
   */
  public <R, T> ReadResult<ImmutableList<T>> convert(List<TreeRow> rows, Class<R> rowType,
      RowConverter<R, T> converter) {
    RowCollector<T> out = RowCollector.create();
    Set<String> known = properties(rowType);
    for (TreeRow row : rows) {
      RowContext context = row.context();
      out.finish(context, convert(row, rowType, known, converter, context));
    }
    return out.result();
  }

  private <R, T> Optional<T> convert(TreeRow row, Class<R> rowType, Set<String> known, RowConverter<R, T> converter,
      RowContext context) {
    ObjectNode node = row.node();
    List<String> unknown = new ArrayList<>();
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      node = node.deepCopy();
      for (String name : unknown) {
        context.fail(Failure.of(FailureKind.UNKNOWN_FIELD, row.location().withField(row.label(name)), "unknown field",
            name, "one of " + known));
        node.remove(name);
      }
    }
    R value;
    try {
      value = mapper.treeToValue(node, rowType);
    } catch (Exception | StackOverflowError e) {
      Failure f = JacksonFailures.of(e, row.location(), row.pointer());
      context.fail(row.isFlat() ? Failure.builder().from(f).location(f.location().field().map(
          p -> f.location().withField(TreeRow.columnOf(p))).orElse(f.location())).build() : f);
      return Optional.empty();
    }
    try {
      return converter.convert(value, context);
    } catch (IllegalArgumentException e) {
      context.fail(FailureKind.INVALID_VALUE, "", String.valueOf(e.getMessage()), null, null);
    } catch (RuntimeException e) {
      context.fail(FailureKind.INVALID_VALUE, "", "row cannot be converted (" + e.getClass().getSimpleName() + "): "
          + e.getMessage(), null, null);
    }
    return Optional.empty();
  }

  private Set<String> properties(Class<?> type) {
    BeanDescription d = mapper.getDeserializationConfig().introspect(mapper.constructType(type));
    return d.findProperties().stream().map(BeanPropertyDefinition::getName)
        .collect(Collectors.toCollection(java.util.TreeSet::new));
  }

  /** Opens the input positioned at its first token; empty with a failure recorded if that is impossible. */
  private Optional<JsonParser> open(Input input, RowCollector<?> rows) {
    ReadResult<Optional<String>> text = input.text(limits);
    if (text.value().isEmpty()) {
      text.failures().forEach(rows::fail);
      return Optional.empty();
    }
    if (yaml) {
      Optional<Failure> alias = findAlias(text.value().get(), input.name());
      if (alias.isPresent()) {
        rows.fail(alias.get());
        return Optional.empty();
      }
    }
    JsonParser p = null;
    try {
      p = mapper.createParser(text.value().get());
      if (p.nextToken() == null) {
        p.close();
        rows.fail(noDocument(input));
        return Optional.empty();
      }
      return Optional.of(p);
    } catch (Exception | StackOverflowError e) {
      closeQuietly(p);
      rows.fail(JacksonFailures.of(e, input.name()));
      return Optional.empty();
    }
  }

  /**
   * Reads the elements of the array the parser is at into rows. Returns false if the document broke (the failure is
   * recorded, on the row being read).
   */
  private boolean readElements(JsonParser p, Input input, String table, String prefix, RowCollector<TreeRow> rows) {
    int index = 0;
    while (true) {
      Location at = Location.of(input.name()).withTable(table);
      try {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
          return true;
        }
        at = here(input, p).withTable(table).withRow(index + 1);
        if (index >= limits.maxRows()) {
          rows.fail(Failure.of(FailureKind.LIMIT_EXCEEDED, here(input, p).withTable(table), "table has too many rows",
              "more than " + limits.maxRows(), "at most " + limits.maxRows() + " rows (ReadLimits.maxRows)"));
          return false;
        }
        String pointer = prefix + "/" + index;
        index++;
        JsonNode node = values.readTree(p);
        RowContext context = RowContext.atPointer(at, pointer);
        if (node instanceof ObjectNode) {
          rows.finish(context, Optional.of(new TreeRow(at, pointer, (ObjectNode) node)));
        } else {
          context.fail(FailureKind.WRONG_SHAPE, "", "row is not an object", node == null ? "null" : node.toString(),
              "an object of fields: {\"field\": value, ...}");
          rows.finish(context, Optional.empty());
        }
      } catch (Exception | StackOverflowError e) {
        Failure f = JacksonFailures.of(e, at, prefix + "/" + Math.max(0, index - 1));
        if (at.row().isPresent()) {
          rows.reject(ImmutableList.of(f));
        } else {
          rows.fail(f);
        }
        return false;
      }
    }
  }

  /** A failure if anything follows the document's single value (a second YAML document, JSON after the end). */
  private static Optional<Failure> trailing(JsonParser p, Input input) {
    try {
      JsonToken next = p.nextToken();
      if (next == null) {
        return Optional.empty();
      }
      return Optional.of(Failure.of(FailureKind.MALFORMED, here(input, p), "content after the end of the document",
          next.asString() == null ? next.name() : next.asString(), "one document (one JSON value, one YAML document)"));
    } catch (Exception | StackOverflowError e) {
      return Optional.of(JacksonFailures.of(e, input.name()));
    }
  }

  /** Aliases ({@code *name}) are refused: Jackson would read them as the anchor's name, and they can make bombs. */
  private Optional<Failure> findAlias(String text, String source) {
    try (JsonParser p = mapper.createParser(text)) {
      while (p.nextToken() != null) {
        if (p instanceof YAMLParser && ((YAMLParser) p).isCurrentAlias()) {
          JsonLocation at = p.currentTokenLocation();
          return Optional.of(Failure.of(FailureKind.UNSUPPORTED_CONSTRUCT,
              Location.of(source, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())),
              "YAML aliases are not read", "*" + p.getText(), "each value written out in full"));
        }
      }
    } catch (Exception | StackOverflowError e) {
      // Syntax errors are reported by the reading pass, with the row they break.
    }
    return Optional.empty();
  }

  private static Failure noDocument(Input input) {
    return Failure.of(FailureKind.EMPTY, Location.of(input.name()), "input holds no document (only comments?)", null,
        "a JSON or YAML document");
  }

  private static Location here(Input input, JsonParser p) {
    JsonLocation at = p.currentTokenLocation();
    return at.getLineNr() >= 1
        ? Location.of(input.name(), at.getLineNr(), Math.max(1, at.getColumnNr()))
        : Location.of(input.name());
  }

  private static void closeQuietly(JsonParser p) {
    if (p != null) {
      try {
        p.close();
      } catch (Exception e) {
        // closing a parser over a string releases nothing that can fail
      }
    }
  }
}
