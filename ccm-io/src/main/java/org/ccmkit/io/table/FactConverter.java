package org.ccmkit.io.table;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.FactValue;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.RowContext;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.plan.DataElement;
import org.ccmkit.model.plan.ValueType;

/**
 * Rows of the facts and participation tables to facts. The value is typed by the data element (given a vocabulary),
 * else by the row's {@code type}, else by its form. Within one read, the same source giving two values for the same
 * subject, element and cycle is a {@link FailureKind#CONFLICTING_FACT} (different sources may disagree: both are kept,
 * as the documents do); the same fact twice is a {@link FailureKind#DUPLICATE}.
 */
final class FactConverter {

  private final Known known;
  private final Map<String, Seen> seen = new HashMap<>();

  private record Seen(FactValue value, SourceRef source, String where) {}

  FactConverter(Known known) {
    this.known = known;
  }

  Optional<Fact> fact(FactRow row, RowContext context) {
    Fields f = new Fields(context);
    Optional<String> subject = subject(f, row.subject());
    Optional<String> cycle = known.cycle(f, "cycle", row.cycle());
    Optional<Boolean> loose = f.optionalBoolean("loose", row.loose());
    return fact(f, subject, cycle, row.element(), row.type(), row.value(), row.source())
        .map(x -> Fact.builder().from(x).quote(Fields.optionalText(row.quote())).note(Fields.optionalText(row.note()))
            .period(Fields.optionalText(row.period())).loose(loose.orElse(false)).build());
  }

  Optional<Fact> participation(ParticipationRow row, RowContext context) {
    Fields f = new Fields(context);
    Optional<String> meeting = known.meeting(f, "meeting", row.meeting());
    Optional<String> cycle = row.cycle() == null ? meeting : known.cycle(f, "cycle", row.cycle());
    return fact(f, meeting, cycle, row.element(), row.type(), row.value(), row.source());
  }

  private Optional<Fact> fact(Fields f, Optional<String> subject, Optional<String> cycle, String elementKey,
      String typeName, JsonNode rawValue, SourceRow sourceRow) {
    RowContext context = f.context();
    Optional<DataElement> element = known.element(f, "element", elementKey);
    Optional<ValueType> declared = f.optionalConstant("type", typeName, ValueType.class);
    Optional<ValueType> type = Optional.empty();
    if (element.isPresent() && known.hasVocabulary()) {
      type = element.map(DataElement::valueType);
      if (declared.isPresent() && declared.get() != type.get()) {
        context.fail(FailureKind.WRONG_TYPE, "type", "type differs from the data element's", typeName,
            type.get() + " (the type of " + elementKey + " in the vocabulary)");
      }
    } else if (declared.isPresent()) {
      type = declared;
    } else if (typeName == null && !Fields.isAbsent(rawValue)) {
      type = Optional.of(infer(rawValue));
    }
    Optional<FactValue> value = Optional.empty();
    if (Fields.isAbsent(rawValue)) {
      context.fail(FailureKind.MISSING_FIELD, "value", "required field is missing or empty", null, "a value");
    } else if (type.isPresent()) {
      value = value(f, type.get(), rawValue);
    }
    Optional<SourceRef> source = f.source("source", sourceRow);
    if (context.hasFailures()) {
      return Optional.empty();
    }
    Fact fact = Fact.of(subject.get(), cycle.get(), elementKey, value.get(), source.get());
    String key = fact.subject() + "|" + fact.cycle() + "|" + fact.element() + "|" + fact.source().document();
    Seen first = seen.get(key);
    if (first != null) {
      if (!first.value().equals(fact.value())) {
        context.fail(FailureKind.CONFLICTING_FACT, "value", "conflicts with the value " + first.value().asText()
                + " that " + fact.source().document() + " gives for " + fact.subject() + ", " + fact.element() + ", "
                + fact.cycle() + " at " + first.where(), fact.value().asText(),
            "one value per subject, element and cycle from one document");
        return Optional.empty();
      }
      if (first.source().equals(fact.source())) {
        context.fail(FailureKind.DUPLICATE, "", "the same fact is given twice (first at " + first.where() + ")",
            fact.toString(), "each fact once");
        return Optional.empty();
      }
    } else {
      seen.put(key, new Seen(fact.value(), fact.source(), context.location().toString()));
    }
    return Optional.of(fact);
  }

  private Optional<String> subject(Fields f, String subject) {
    Optional<String> s = f.text("subject", subject);
    if (s.isEmpty()) {
      return s;
    }
    if (Known.isMeetingId(s.get())) {
      return known.meeting(f, "subject", s.get());
    }
    if (s.get().matches("[A-Z]{3}-[34]-[1-9]\\d?(MSP|RC)")) {
      return known.stateCode(f, "subject", s.get().substring(0, 3)).map(x -> s.get());
    }
    if (s.get().matches("[A-Z]{3}")) {
      return known.stateCode(f, "subject", s.get());
    }
    f.context().fail(FailureKind.UNKNOWN_STATE, "subject", "not a subject", subject,
        "a State code (LAO), a meeting (13MSP) or an extension request id (LAO-4-11MSP)");
    return Optional.empty();
  }

  private static ValueType infer(JsonNode value) {
    if (value.isBoolean()) {
      return ValueType.BOOLEAN;
    }
    if (value.isIntegralNumber()) {
      return ValueType.COUNT;
    }
    if (value.isNumber()) {
      return ValueType.QUANTITY;
    }
    String text = value.asText().trim();
    if (text.equals("true") || text.equals("false")) {
      return ValueType.BOOLEAN;
    }
    if (text.matches("\\d+")) {
      return ValueType.COUNT;
    }
    if (text.matches("\\d*\\.\\d+|\\d+\\.\\d*")) {
      return ValueType.QUANTITY;
    }
    if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return ValueType.DATE;
    }
    return ValueType.TEXT;
  }

  private static Optional<FactValue> value(Fields f, ValueType type, JsonNode value) {
    RowContext context = f.context();
    switch (type) {
      case BOOLEAN:
        if (value.isBoolean()) {
          return Optional.of(FactValue.of(value.booleanValue()));
        }
        if (value.isTextual() && (value.asText().trim().equals("true") || value.asText().trim().equals("false"))) {
          return Optional.of(FactValue.of(Boolean.parseBoolean(value.asText().trim())));
        }
        context.fail(FailureKind.WRONG_TYPE, "value", "not a yes/no value", Fields.display(value), "true or false");
        return Optional.empty();
      case DATE:
        if (!value.isTextual()) {
          context.fail(FailureKind.WRONG_TYPE, "value", "not a date", Fields.display(value),
              "an ISO date such as 2010-08-01");
          return Optional.empty();
        }
        Optional<LocalDate> date = f.date("value", value.asText());
        return date.map(FactValue::of);
      case TEXT:
        if (!value.isTextual()) {
          context.fail(FailureKind.WRONG_TYPE, "value", "not text", Fields.display(value), "text");
          return Optional.empty();
        }
        return Optional.of(FactValue.of(value.asText()));
      default:
        Optional<BigDecimal> number = f.parseDecimal("value", value);
        return number.map(n -> FactValue.of(type, n));
    }
  }
}
