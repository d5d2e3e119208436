package org.ccmkit.io.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
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
public final class JsonFields {

  private final String file;
  private final List<String> problems = new ArrayList<>();

  /**
   * Fields of the file named {@code file}.
   *
   * @param file the file
   */
  public JsonFields(String file) {
    this.file = file;
  }

  /**
   * {@return the problems found so far, each naming the file, the field's JSON pointer, the value and what was expected}
   */
  public ImmutableList<String> problems() {
    return ImmutableList.copyOf(problems);
  }

  /**
   * Records a problem at {@code pointer}, prefixed with the file and the pointer.
   *
   * @param pointer the JSON pointer of the offending node
   * @param message what is wrong, with the offending value and what was expected
   */
  public void problem(String pointer, String message) {
    problems.add(file + " at " + (pointer.isEmpty() ? "/" : pointer) + ": " + message);
  }

  /**
   * A required, non-blank text field; a missing or malformed one is a problem, and {@code "?"} is returned.
   *
   * @param node the JSON object holding the field
   * @param path the JSON pointer of {@code node}
   * @param field the field's name
   * @return the text, or {@code "?"} after recording a problem
   */
  public String text(JsonNode node, String path, String field) {
    return optText(node, path, field).orElseGet(() -> {
      problem(path + "/" + field, "missing required text field '" + field + "'");
      return "?";
    });
  }

  /**
   * An optional text field; a present one that is not non-blank text is a problem.
   *
   * @param node the JSON object holding the field
   * @param path the JSON pointer of {@code node}
   * @param field the field's name
   * @return the text, or empty when absent or malformed
   */
  public Optional<String> optText(JsonNode node, String path, String field) {
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

  /**
   * A required whole number; a missing or malformed one is a problem, and 0 is returned.
   *
   * @param node the JSON object holding the field
   * @param path the JSON pointer of {@code node}
   * @param field the field's name
   * @return the number, or 0 after recording a problem
   */
  public int integer(JsonNode node, String path, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
      problem(path + "/" + field, v == null ? "missing required whole number '" + field + "'"
          : "expected a whole number, was " + v);
      return 0;
    }
    return v.intValue();
  }

  /**
   * An optional number; a present one that is not a number is a problem.
   *
   * @param node the JSON object holding the field
   * @param path the JSON pointer of {@code node}
   * @param field the field's name
   * @return the number, or empty when absent or malformed
   */
  public Optional<BigDecimal> optNumber(JsonNode node, String path, String field) {
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

  /**
   * An optional date, {@code YYYY-MM-DD}; a present one that does not parse is a problem.
   *
   * @param node the JSON object holding the field
   * @param path the JSON pointer of {@code node}
   * @param field the field's name
   * @return the date, or empty when absent or malformed
   */
  public Optional<LocalDate> optDate(JsonNode node, String path, String field) {
    return optText(node, path, field).flatMap(t -> {
      try {
        return Optional.of(LocalDate.parse(t));
      } catch (DateTimeParseException e) {
        problem(path + "/" + field, "expected a date YYYY-MM-DD, was \"" + t + "\"");
        return Optional.empty();
      }
    });
  }

  /**
   * A required enum constant, named case-insensitively; an unknown name is a problem listing the known ones.
   *
   * @param <E> the enum type
   * @param node the JSON object holding the field
   * @param path the JSON pointer of {@code node}
   * @param field the field's name
   * @param type the enum class
   * @param fallback returned after a problem
   * @return the constant, or {@code fallback} after recording a problem
   */
  public <E extends Enum<E>> E enumValue(JsonNode node, String path, String field, Class<E> type, E fallback) {
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

  /**
   * The elements of an array field, each mapped with its own JSON pointer; a missing array is empty.
   *
   * @param <T> the type of the value
   * @param node the JSON node
   * @param path the path
   * @param field the field's name
   * @param mapper maps each element
   * @return the elements of an array field, each mapped with its own JSON pointer; a missing array is empty
   */
  public <T> ImmutableList<T> array(JsonNode node, String path, String field, ElementMapper<T> mapper) {
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

  /**
   * Runs a model constructor; an invalid value becomes a problem at {@code pointer} instead of an exception.
   *
   * @param <T> the type of the value
   * @param pointer the JSON pointer of the node
   * @param build builds the value
   * @return the value built, or {@code null} after recording a problem
   */
  public <T> T guarded(String pointer, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      problem(pointer, String.valueOf(e.getMessage()));
      return null;
    }
  }

  /**
   * An array of text elements, each parsed; an element that is not text is a problem.
   *
   * @param <T> the type of the parsed elements
   * @param node the JSON object holding the field
   * @param path the JSON pointer of {@code node}
   * @param field the field's name
   * @param parse parses each element
   * @return the parsed elements; a missing array is empty
   */
  public <T> ImmutableList<T> textArray(JsonNode node, String path, String field, Function<String, T> parse) {
    return array(node, path, field, (n, p) -> {
      if (!n.isTextual()) {
        problem(p, "expected text, was " + n);
        return null;
      }
      return parse.apply(n.asText());
    });
  }

  /**
   * A node's JSON text cut to 60 characters, for messages.
   *
   * @param v the node
   * @return its JSON text, at most 60 characters
   */
  public static String abbreviate(JsonNode v) {
    String s = v.toString();
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  /**
   * Maps one element of an array, given its JSON pointer.
   *
   * @param <T> the type of the mapped elements
   */
  public interface ElementMapper<T> {
    /**
     * Maps {@code node}, found at {@code pointer}.
     *
     * @param node the JSON node
     * @param pointer the JSON pointer of the node
     * @return the element mapped, or {@code null} to skip it after recording a problem
     */
    T map(JsonNode node, String pointer);
  }
}
