package org.ccmkit.io.table;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.convention.ConventionDates;

/**
 * Parses the fields of one row, recording a failure in the row's context for each field that is missing or wrong and
 * returning empty for it, so that a row reports all its problems at once.
 */
final class Fields {

  /** The most digits a number may have before, and after, its decimal point. */
  static final int MAX_DIGITS = 30;

  /** The longest number written as text, in characters: the default of {@code ReadLimits.maxNumberLength}. */
  static final int MAX_NUMBER_LENGTH = 100;

  private final RowContext context;

  Fields(RowContext context) {
    this.context = context;
  }

  RowContext context() {
    return context;
  }

  /** A required text field; blank counts as missing. */
  Optional<String> text(String field, String value) {
    return Optional.ofNullable(required(field, value));
  }

  /** A required text field, or null with the failure recorded; blank counts as missing. */
  String required(String field, String value) {
    if (value == null || value.isBlank()) {
      context.fail(FailureKind.MISSING_FIELD, field, "required field is missing or empty", null, "a value for '"
          + field + "'");
      return null;
    }
    return value;
  }

  /** An optional text field; blank counts as absent. */
  static Optional<String> optionalText(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /** A required ISO date on or after the Convention opened for signature. */
  Optional<LocalDate> date(String field, String value) {
    return text(field, value).flatMap(v -> parseDate(field, v));
  }

  /** An optional ISO date on or after the Convention opened for signature. */
  Optional<LocalDate> optionalDate(String field, String value) {
    return optionalText(value).flatMap(v -> parseDate(field, v));
  }

  private Optional<LocalDate> parseDate(String field, String value) {
    LocalDate date;
    try {
      date = LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      context.fail(FailureKind.WRONG_TYPE, field, "not a date", value, "an ISO date such as 2010-08-01");
      return Optional.empty();
    }
    if (date.isBefore(ConventionDates.OPENED_FOR_SIGNATURE)) {
      context.fail(FailureKind.DATE_BEFORE_CONVENTION, field,
          "date before the Convention existed (opened for signature on " + ConventionDates.OPENED_FOR_SIGNATURE + ")",
          value, "a date on or after " + ConventionDates.OPENED_FOR_SIGNATURE);
      return Optional.empty();
    }
    return Optional.of(date);
  }

  /** A required constant of {@code type}, written as its name (case-insensitive, hyphens or spaces for underscores). */
  <E extends Enum<E>> Optional<E> constant(String field, String value, Class<E> type) {
    return text(field, value).flatMap(v -> parseConstant(field, v, type));
  }

  /** An optional constant of {@code type}. */
  <E extends Enum<E>> Optional<E> optionalConstant(String field, String value, Class<E> type) {
    return optionalText(value).flatMap(v -> parseConstant(field, v, type));
  }

  <E extends Enum<E>> Optional<E> parseConstant(String field, String value, Class<E> type) {
    String name = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return Optional.of(e);
      }
    }
    java.util.List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    context.fail(FailureKind.WRONG_TYPE, field, "not a known " + words(type.getSimpleName()), value,
        Suggestions.expected("one of " + String.join(", ", names), name, names));
    return Optional.empty();
  }

  /** A required decimal: a JSON number, or text holding one. */
  Optional<BigDecimal> decimal(String field, JsonNode value) {
    if (isAbsent(value)) {
      context.fail(FailureKind.MISSING_FIELD, field, "required field is missing or empty", null, "a number");
      return Optional.empty();
    }
    return parseDecimal(field, value);
  }

  /** An optional decimal. */
  Optional<BigDecimal> optionalDecimal(String field, JsonNode value) {
    return isAbsent(value) ? Optional.empty() : parseDecimal(field, value);
  }

  /** Whether an optional field holds something (a failure is recorded by the parse if it is wrong). */
  static boolean isAbsent(JsonNode value) {
    return value == null || value.isNull() || value.isMissingNode() || value.isTextual() && value.asText().isBlank();
  }

  Optional<BigDecimal> parseDecimal(String field, JsonNode value) {
    BigDecimal number = null;
    if (value.isNumber()) {
      number = value.decimalValue();
    } else if (value.isTextual()) {
      String text = value.asText().trim();
      if (text.length() > MAX_NUMBER_LENGTH) {
        // Checked before the text becomes a decimal: a cell of a million digits would otherwise take seconds.
        context.fail(FailureKind.LIMIT_EXCEEDED, field, "number is longer than the limit", display(value),
            "a number of at most " + MAX_NUMBER_LENGTH + " characters");
        return Optional.empty();
      }
      if (Shapes.isNumber(text)) {
        number = new BigDecimal(text);
      }
    }
    if (number == null) {
      context.fail(FailureKind.WRONG_TYPE, field, "not a number", display(value), "a number such as 12 or 3.5");
      return Optional.empty();
    }
    // 1e99999 is a valid JSON number whose plain form has 100,000 digits: no figure of the Convention's needs that.
    if (number.precision() - number.scale() > MAX_DIGITS || number.scale() > MAX_DIGITS) {
      context.fail(FailureKind.WRONG_TYPE, field, "number out of range", display(value),
          "a number of at most " + MAX_DIGITS + " digits before and after the decimal point");
      return Optional.empty();
    }
    return Optional.of(number);
  }

  /** An optional yes/no value: a JSON boolean, or the text {@code true} or {@code false}. */
  Optional<Boolean> optionalBoolean(String field, JsonNode value) {
    if (isAbsent(value)) {
      return Optional.empty();
    }
    if (value.isBoolean()) {
      return Optional.of(value.booleanValue());
    }
    String text = value.isTextual() ? value.asText().trim() : "";
    if (text.equals("true") || text.equals("false")) {
      return Optional.of(Boolean.parseBoolean(text));
    }
    context.fail(FailureKind.WRONG_TYPE, field, "not a yes/no value", display(value), "true or false");
    return Optional.empty();
  }

  /** A required whole number. */
  Optional<Integer> integer(String field, JsonNode value) {
    return decimal(field, value).flatMap(d -> toInt(field, d));
  }

  /** An optional whole number. */
  Optional<Integer> optionalInteger(String field, JsonNode value) {
    return optionalDecimal(field, value).flatMap(d -> toInt(field, d));
  }

  /** An optional whole number, as a long. */
  Optional<Long> optionalLong(String field, JsonNode value) {
    return optionalDecimal(field, value).flatMap(d -> {
      try {
        return Optional.of(d.longValueExact());
      } catch (ArithmeticException e) {
        context.fail(FailureKind.WRONG_TYPE, field, "not a whole number", d.toPlainString(), "a whole number");
        return Optional.empty();
      }
    });
  }

  private Optional<Integer> toInt(String field, BigDecimal d) {
    try {
      return Optional.of(d.intValueExact());
    } catch (ArithmeticException e) {
      context.fail(FailureKind.WRONG_TYPE, field, "not a whole number", d.toPlainString(), "a whole number");
      return Optional.empty();
    }
  }

  /** A required source reference. */
  Optional<SourceRef> source(String field, SourceRow value) {
    if (value == null) {
      context.fail(FailureKind.MISSING_FIELD, field, "required source is missing", null,
          "a source: document and locator");
      return Optional.empty();
    }
    return sourceOf(field, value);
  }

  /** An optional source reference. */
  Optional<SourceRef> optionalSource(String field, SourceRow value) {
    return value == null || optionalText(value.document()).isEmpty() && optionalText(value.locator()).isEmpty()
        ? Optional.empty()
        : sourceOf(field, value);
  }

  private Optional<SourceRef> sourceOf(String field, SourceRow value) {
    Optional<String> document = text(document(field), value.document());
    Optional<String> locator = text(locator(field), value.locator());
    return document.isPresent() && locator.isPresent()
        ? Optional.of(SourceRef.of(document.get(), locator.get()))
        : Optional.empty();
  }

  /** {@return the field of the document of the source {@code field}: {@code source.document}, without a new string} */
  static String document(String field) {
    return field.equals("source") ? "source.document" : field + ".document";
  }

  /** {@return the field of the locator of the source {@code field}: {@code source.locator}, without a new string} */
  static String locator(String field) {
    return field.equals("source") ? "source.locator" : field + ".locator";
  }

  /** A JSON value as it would be written, shortened by the failure. */
  static String display(JsonNode value) {
    return value.isTextual() ? value.asText() : value.toString();
  }

  private static String words(String camel) {
    return camel.replaceAll("([a-z])([A-Z0-9])", "$1 $2").toLowerCase(Locale.ROOT);
  }
}
