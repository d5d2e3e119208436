package org.ccmkit.io;

import com.google.common.collect.ImmutableSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.ccmkit.io.read.DatasetReader;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.ReadLimits;
import org.ccmkit.io.read.ReadResult;
import org.ccmkit.io.read.TableRows;
import org.ccmkit.io.read.TablesSink;
import org.ccmkit.io.read.RowSink;

/**
 * The built-in JSON reader: a table is a JSON array of objects ({@code facts.json}), a dataset is an object of tables
 * ({@code {"states": [...], "facts": [...]}}). See docs/formats.md.
 */
public class JsonDatasetReader implements DatasetReader {

  private final Map<ReadLimits, TreeReader> readers = new ConcurrentHashMap<>();
  private final Function<ReadLimits, TreeReader> factory;

  /** The JSON reader (for {@link java.util.ServiceLoader}). */
  public JsonDatasetReader() {
    this(TreeReader::json);
  }

  /**
   * A reader of a JSON-like format whose trees {@code factory} parses.
   *
   * @param factory makes the tree reader for the limits
   */
  JsonDatasetReader(Function<ReadLimits, TreeReader> factory) {
    this.factory = factory;
  }

  @Override
  public String format() {
    return "json";
  }

  @Override
  public ImmutableSet<String> fileExtensions() {
    return ImmutableSet.of("json");
  }

  @Override
  public ImmutableSet<String> mediaTypes() {
    return ImmutableSet.of("application/json");
  }

  @Override
  public void readRows(Input input, String table, ReadLimits limits, RowSink sink) {
    reader(limits).readArray(input, table, sink);
  }

  @Override
  public ReadResult<TableRows> readTables(Input input, ReadLimits limits) {
    return reader(limits).readTables(input, TABLES);
  }

  /** Streams the document's tables: each table's rows are handed on as they are read. */
  @Override
  public void readTables(Input input, ReadLimits limits, TablesSink sink) {
    reader(limits).readTables(input, TABLES, sink);
  }

  private TreeReader reader(ReadLimits limits) {
    return readers.computeIfAbsent(limits, factory);
  }

  /** {@return the format and its file extensions, e.g. {@code json reader (.json)}} */
  @Override
  public String toString() {
    return format() + " reader (" + String.join(", ", fileExtensions().stream().map(e -> "." + e).toList()) + ")";
  }
}
