package org.ccmkit.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.Location;
import org.ccmkit.io.read.ReadResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Support for ccmkit's own readers of JSON data files. Reads fields of a JSON tree by path, collecting a message for every missing or malformed field (with the file, the
 * JSON pointer and the offending value) instead of stopping at the first.
 */
final class JsonFields {

  private final String file;
  private final List<Failure> failures = new ArrayList<>();

  /** Fields of the file named {@code file}. */
  JsonFields(String file) {
    this.file = file;
  }

  /** The failures found so far, each naming the file, the field's JSON pointer, the value and what was expected. */
  ImmutableList<Failure> failures() {
    return ImmutableList.copyOf(failures);
  }

  /** The value read, with the failures found: empty if there was any, since a half-read catalogue is wrong. */
  <T> ReadResult<Optional<T>> result(T value) {
    return ReadResult.of(failures.isEmpty() ? Optional.ofNullable(value) : Optional.<T>empty(), failures, 0, 0, 0);
  }

  void problem(String pointer, String message) {
    FailureKind kind = message.startsWith("missing") ? FailureKind.MISSING_FIELD
        : message.startsWith("expected") ? FailureKind.WRONG_TYPE : FailureKind.INVALID_VALUE;
    failures.add(Failure.of(kind, Location.of(file).withField(pointer.isEmpty() ? "/" : pointer), message));
  }

  String text(JsonNode node, String path, String field) {
    return optText(node, path, field).orElseGet(() -> {
      problem(path + "/" + field, "missing required text field '" + field + "'");
      return "?";
    });
  }

  Optional<String> optText(JsonNode node, String path, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isTextual()) {
      problem(path + "/" + field, "expected text, was " + v);
      return Optional.empty();
    }
    if (v.asText().isBlank()) {
      problem(path + "/" + field, "expected non-blank text, was \"" + v.asText() + "\"");
      return Optional.empty();
    }
    return Optional.of(v.asText());
  }

  int integer(JsonNode node, String path, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
      problem(path + "/" + field, v == null ? "missing required whole number '" + field + "'"
          : "expected a whole number, was " + v);
      return 0;
    }
    return v.intValue();
  }

  Optional<BigDecimal> optNumber(JsonNode node, String path, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isNumber()) {
      problem(path + "/" + field, "expected a number, was " + v);
      return Optional.empty();
    }
    return Optional.of(v.decimalValue());
  }

  Optional<LocalDate> optDate(JsonNode node, String path, String field) {
    return optText(node, path, field).flatMap(t -> {
      try {
        return Optional.of(LocalDate.parse(t));
      } catch (DateTimeParseException e) {
        problem(path + "/" + field, "expected a date YYYY-MM-DD, was \"" + t + "\"");
        return Optional.empty();
      }
    });
  }

  <E extends Enum<E>> E enumValue(JsonNode node, String path, String field, Class<E> type, E fallback) {
    String t = text(node, path, field);
    try {
      return Enum.valueOf(type, t.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      if (!t.equals("?")) {
        problem(path + "/" + field, "expected one of " + java.util.Arrays.toString(type.getEnumConstants()) + ", was \""
            + t + "\"");
      }
      return fallback;
    }
  }

  /** The elements of an array field, each mapped with its own JSON pointer; a missing array is empty. */
  <T> ImmutableList<T> array(JsonNode node, String path, String field, ElementMapper<T> mapper) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return ImmutableList.of();
    }
    if (!v.isArray()) {
      problem(path + "/" + field, "expected an array, was " + abbreviate(v));
      return ImmutableList.of();
    }
    ImmutableList.Builder<T> out = ImmutableList.builder();
    for (int i = 0; i < v.size(); i++) {
      String p = path + "/" + field + "/" + i;
      JsonNode element = v.get(i);
      T t = guarded(p, () -> mapper.map(element, p));
      if (t != null) {
        out.add(t);
      }
    }
    return out.build();
  }

  /** Runs a model constructor; an invalid value becomes a problem at {@code pointer} instead of an exception. */
  <T> T guarded(String pointer, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      problem(pointer, e.getMessage() == null ? "value breaks a rule of the model" : e.getMessage());
      return null;
    }
  }

  <T> ImmutableList<T> textArray(JsonNode node, String path, String field, Function<String, T> parse) {
    return array(node, path, field, (n, p) -> {
      if (!n.isTextual()) {
        problem(p, "expected text, was " + n);
        return null;
      }
      return parse.apply(n.asText());
    });
  }

  static String abbreviate(JsonNode v) {
    String s = v.toString();
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  /** Maps one element of an array, given its JSON pointer. */
  interface ElementMapper<T> {
    /** Maps {@code node}, found at {@code pointer}. */
    T map(JsonNode node, String pointer);
  }
}
