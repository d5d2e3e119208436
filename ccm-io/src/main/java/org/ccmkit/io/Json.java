package org.ccmkit.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import java.net.URL;
import java.util.Optional;
import java.util.function.BiFunction;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.Input;
import org.ccmkit.io.read.Location;
import org.ccmkit.io.read.ReadException;
import org.ccmkit.io.read.ReadResult;

/**
 * The shipped files on the class path, and catalogues parsed into JSON trees through the same reader a user's data goes
 * through ({@link TreeReader#readTree}: stream-read limits, duplicate keys refused, byte-order marks and encodings
 * checked), every failure in a {@link ReadResult}, never thrown.
 */
final class Json {

  private static final TreeReader TREES = TreeReader.json();

  private Json() {}

  /** A file shipped in the library at the absolute class-path {@code path}; a missing one is a defect, thrown. */
  static Input shipped(String path) {
    URL url = Json.class.getResource(path);
    if (url == null) {
      throw new ReadException(ImmutableList.of(Failure.of(FailureKind.UNREADABLE, Location.of(path),
          "shipped file not found on the class path")));
    }
    return Input.of(url);
  }

  /** Reads {@code input} as a catalogue with {@code reader}. */
  static <T> ReadResult<Optional<T>> readCatalogue(Input input,
      BiFunction<JsonNode, String, ReadResult<Optional<T>>> reader) {
    ReadResult<Optional<JsonNode>> tree = TREES.readTree(input);
    if (tree.hasFailures() || tree.value().isEmpty()) {
      return tree.map(t -> Optional.empty());
    }
    return reader.apply(tree.value().get(), input.name());
  }
}
