package org.ccmkit.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.ccmkit.io.read.Failure;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.Location;

/**
 * Turns what Jackson (and snakeyaml beneath it) throws into a {@link Failure} of the right kind, with the line and
 * column of a syntax error or the JSON pointer of a mapping error, and a message in ccmkit's words. No exception of a
 * reader reaches its caller: this is where they stop.
 */
final class JacksonFailures {

  private JacksonFailures() {}

  /**
   * The failure {@code e} reports, thrown while reading the input cited as {@code source}. Syntax and limit failures
   * are located by line and column.
   *
   * @param e the exception
   * @param source where it is recorded
   * @return the failure {@code e} reports, thrown while reading the input cited as {@code source}
   */
  static Failure of(Throwable e, String source) {
    return of(e, Location.of(source), "");
  }

  /**
   * The failure {@code e} reports, thrown while reading at {@code at}.
   *
   * @param e the exception
   * @param at the at
   * @return the failure {@code e} reports, thrown while reading at {@code at}
   */
  static Failure of(Throwable e, Location at) {
    return of(e, at, "");
  }

  /**
   * The failure {@code e} reports, thrown while mapping a value at {@code base} (a row's location) whose JSON pointer
   * is {@code pointer}: mapping failures get the pointer of the offending field below it.
   *
   * @param e the exception
   * @param base the population's base
   * @param pointer the JSON pointer of the node
   * @return the failure {@code e} reports, thrown while mapping a value at {@code base} (a row's location) whose JSON
   *     pointer is {@code pointer}: mapping failures get the pointer of the offending field below it
   */
  static Failure of(Throwable e, Location base, String pointer) {
    if (e instanceof StreamConstraintsException) {
      return Failure.of(FailureKind.LIMIT_EXCEEDED, located(base, null), "input exceeds a read limit",
          null, "input within ReadLimits (" + clean(((StreamConstraintsException) e).getOriginalMessage()) + ")");
    }
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      return Failure.of(FailureKind.UNKNOWN_FIELD, base.withField(pointer(pointer, u.getPath())), "unknown field",
          u.getPropertyName(), "one of " + u.getKnownPropertyIds());
    }
    if (e instanceof InvalidFormatException) {
      InvalidFormatException f = (InvalidFormatException) e;
      return Failure.of(FailureKind.WRONG_TYPE, base.withField(pointer(pointer, f.getPath())), "value of the wrong type",
          String.valueOf(f.getValue()), describe(f.getTargetType()));
    }
    if (e instanceof ValueInstantiationException) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return Failure.of(FailureKind.INVALID_VALUE, base.withField(pointer(pointer,
          ((JsonMappingException) e).getPath())), clean(cause.getMessage()));
    }
    if (e instanceof MismatchedInputException) {
      MismatchedInputException m = (MismatchedInputException) e;
      return Failure.of(FailureKind.WRONG_TYPE, base.withField(pointer(pointer, m.getPath())),
          "value of the wrong type or shape: " + clean(m.getOriginalMessage()), null, describe(m.getTargetType()));
    }
    if (e instanceof DatabindException) {
      JsonMappingException m = (JsonMappingException) e;
      return Failure.of(FailureKind.WRONG_TYPE, base.withField(pointer(pointer, m.getPath())),
          "value cannot be read: " + clean(m.getOriginalMessage()));
    }
    if (e instanceof StreamReadException) {
      StreamReadException r = (StreamReadException) e;
      String message = clean(r.getOriginalMessage());
      if (message.startsWith("Duplicate field")) {
        return Failure.of(FailureKind.DUPLICATE_KEY, located(base, r.getLocation()), "key appears twice in an object",
            message.replaceAll("^Duplicate field '(.*)'$", "$1"), "each key once per object");
      }
      return Failure.of(limitMessage(message) ? FailureKind.LIMIT_EXCEEDED : FailureKind.MALFORMED,
          located(base, r.getLocation()), "syntax error: " + message);
    }
    if (e instanceof JacksonException) {
      JacksonException j = (JacksonException) e;
      String message = clean(j.getOriginalMessage());
      return Failure.of(limitMessage(message) ? FailureKind.LIMIT_EXCEEDED : FailureKind.MALFORMED,
          located(base, j.getLocation()), "syntax error: " + message);
    }
    if (e instanceof java.io.IOException) {
      return Failure.of(FailureKind.UNREADABLE, base, "cannot read the input: " + clean(e.getMessage()));
    }
    String message = clean(e.getMessage());
    return Failure.of(limitMessage(message) ? FailureKind.LIMIT_EXCEEDED : FailureKind.MALFORMED, base,
        "input cannot be parsed: " + message);
  }

  /**
   * The JSON pointer of a mapping path below {@code prefix}: {@code /3/source/locator}.
   *
   * @param prefix the prefix
   * @param path the path
   * @return the JSON pointer of a mapping path below {@code prefix}: {@code /3/source/locator}
   */
  static String pointer(String prefix, List<JsonMappingException.Reference> path) {
    StringBuilder s = new StringBuilder(prefix);
    for (JsonMappingException.Reference r : path) {
      s.append('/');
      if (r.getFieldName() != null) {
        s.append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else if (r.getIndex() >= 0) {
        s.append(r.getIndex());
      } else {
        s.append('-');
      }
    }
    return s.length() == 0 ? "" : s.toString();
  }

  private static boolean limitMessage(String message) {
    String m = message.toLowerCase(Locale.ROOT);
    return m.contains("exceeds the limit") || m.contains("exceeds the maximum") || m.contains("exceeds the specified")
        || m.contains("nesting depth") || m.contains("exceeded") || m.contains("too many") || m.contains("limit");
  }

  private static Location located(Location base, JsonLocation at) {
    if (at == null || at.getLineNr() < 1) {
      return base;
    }
    org.ccmkit.io.read.ImmutableLocation.Builder b = Location.builder().from(base).line(at.getLineNr());
    if (at.getColumnNr() >= 1) {
      b.column(at.getColumnNr());
    }
    return b.build();
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "a value of another type";
    }
    if (type.isEnum()) {
      return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf)
          .collect(Collectors.joining(", "));
    }
    if (CharSequence.class.isAssignableFrom(type)) {
      return "text";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (type == java.time.LocalDate.class) {
      return "an ISO date such as 2010-08-01";
    }
    return "a " + type.getSimpleName() + " (an object)";
  }

  /** Jackson's message without its source excerpt and Java class names. */
  private static String clean(String message) {
    if (message == null) {
      return "(no detail)";
    }
    String m = message.replaceAll("\\s*at \\[Source: .*", "").replaceAll("\\(class [^)]*\\)", "")
        .replaceAll("`[a-z]+(\\.[a-zA-Z0-9_$]+)+`", "value")
        .replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(<[^>]*>)?", "value")
        .replaceAll("\\b[A-Z][A-Za-z]*(Exception|Error|Event)\\b", "problem")
        .replaceAll("\\s+", " ").trim();
    return m.length() > 300 ? m.substring(0, 300) + "…" : m;
  }
}
