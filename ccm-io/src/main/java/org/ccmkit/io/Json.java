package org.ccmkit.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.net.URL;
import java.util.Optional;
import java.util.function.BiFunction;
import org.ccmkit.io.catalogue.CatalogueException;
import org.ccmkit.io.catalogue.CatalogueResult;
import org.ccmkit.io.json.TreeReader;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.ReadLimits;
import org.ccmkit.io.read.ReadResult;

/**
 * Parsing of the catalogue and record files into JSON trees through the same reader a user's data goes through
 * ({@link TreeReader#json()}: stream-read limits, duplicate keys refused, byte-order marks and encodings checked), with
 * every failure reported as a problem that names the file, line and column, never thrown.
 */
final class Json {

  private static final TreeReader READER = TreeReader.json();

  private Json() {}

  /** A file shipped in the library at the absolute class-path {@code path}; a missing one is a catalogue problem. */
  static Input shipped(String path) {
    URL url = Json.class.getResource(path);
    if (url == null) {
      throw new CatalogueException(ImmutableList.of(path + ": not found on the class path"));
    }
    return Input.of(url);
  }

  /** The text of a shipped file, read as a user's file is (limits, byte-order mark, UTF-8 checked). */
  static String shippedText(String path) {
    ReadResult<Optional<String>> text = shipped(path).text(ReadLimits.defaults());
    if (text.hasFailures() || text.value().isEmpty()) {
      throw new CatalogueException(text.hasFailures() ? messages(text) : ImmutableList.of(path + ": empty file"));
    }
    return text.value().get();
  }

  /** The JSON tree of a shipped file; any failure is a catalogue problem naming the file, line and column. */
  static JsonNode shippedTree(String path) {
    ReadResult<Optional<JsonNode>> tree = tree(shipped(path));
    if (tree.hasFailures() || tree.value().isEmpty()) {
      throw new CatalogueException(tree.hasFailures() ? messages(tree)
          : ImmutableList.of(path + ": empty file, expected JSON"));
    }
    return tree.value().get();
  }

  /** The tree of {@code input}, or the messages of the failures that prevented reading it. */
  static ReadResult<Optional<JsonNode>> tree(Input input) {
    return READER.readTree(input);
  }

  /** The messages of {@code failures}, each naming its file and place. */
  static ImmutableList<String> messages(ReadResult<?> result) {
    return result.failures().stream().map(Failure::message).collect(ImmutableList.toImmutableList());
  }

  /** Reads {@code input} as a catalogue with {@code reader}. */
  static <T> CatalogueResult<T> readCatalogue(Input input, BiFunction<JsonNode, String, CatalogueResult<T>> reader) {
    ReadResult<Optional<JsonNode>> tree = tree(input);
    if (tree.hasFailures() || tree.value().isEmpty()) {
      ImmutableList<String> problems = messages(tree);
      return CatalogueResult.failed(problems.isEmpty() ? input.name() + ": empty file, expected a JSON catalogue"
          : String.join("; ", problems));
    }
    return reader.apply(tree.value().get(), input.name());
  }
}
