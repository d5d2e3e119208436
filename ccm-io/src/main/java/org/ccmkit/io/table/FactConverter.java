package org.ccmkit.io.table;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.FactValue;
import org.ccmkit.indicators.data.SubjectId;
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

  /** The most distinct strings, sources and values shared within one read; past it, values are kept as read. */
  private static final int SHARED = 1 << 16;

  /** The longest cell text whose converted value is kept for the cells that repeat it. */
  private static final int VALUE_TEXT_KEPT = 64;


  private final Known known;
  private final FirstSeen seen = new FirstSeen();
  private final Map<Object, Object> shared = new HashMap<>();
  private final Map<ValueType, Map<Object, FactValue>> values = new EnumMap<>(ValueType.class);

  FactConverter(Known known) {
    this.known = known;
  }

  Optional<Fact> fact(FactRow row, RowContext context) {
    Fields f = new Fields(context);
    Optional<String> subject = subject(f, row.subject());
    Optional<String> cycle = known.cycle(f, "cycle", row.cycle());
    Optional<Boolean> loose = f.optionalBoolean("loose", row.loose());
    return fact(f, subject, cycle, row.element(), row.type(), row.value(), row.source(),
        Fields.optionalText(row.quote()), Fields.optionalText(row.note()), Fields.optionalText(row.period()),
        loose.orElse(false));
  }

  Optional<Fact> participation(ParticipationRow row, RowContext context) {
    Fields f = new Fields(context);
    Optional<String> meeting = known.meeting(f, "meeting", row.meeting());
    Optional<String> cycle = row.cycle() == null ? meeting : known.cycle(f, "cycle", row.cycle());
    return fact(f, meeting, cycle, row.element(), row.type(), row.value(), row.source(), Optional.empty(),
        Optional.empty(), Optional.empty(), false);
  }

  private Optional<Fact> fact(Fields f, Optional<String> subject, Optional<String> cycle, String elementKey,
      String typeName, JsonNode rawValue, SourceRow sourceRow, Optional<String> quote, Optional<String> note,
      Optional<String> period, boolean loose) {
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
      value = cachedValue(f, type.get(), rawValue);
    }
    Optional<SourceRef> source = f.source("source", sourceRow);
    if (context.hasFailures()) {
      return Optional.empty();
    }
    // A long table repeats its subjects, cycles, elements, sources and values: one copy of each is kept.
    Fact fact = Fact.builder().subject(share(subject.get())).cycle(share(cycle.get())).element(share(elementKey))
        .value(share(value.get())).source(share(source.get())).quote(quote.map(this::share)).note(note)
        .period(period.map(this::share)).loose(loose).build();
    // One lookup (subject, cycle, element and source document): the fact is remembered unless one was already seen.
    int firstIndex = seen.putIfAbsent(fact, context.location().line().orElse(0), context.location().row().orElse(0));
    if (firstIndex >= 0) {
      Fact firstFact = seen.fact(firstIndex);
      int firstLine = seen.line(firstIndex);
      String where = (firstLine > 0 ? "line " + firstLine + ", " : "") + "row " + seen.row(firstIndex);
      if (!firstFact.value().equals(fact.value())) {
        context.fail(FailureKind.CONFLICTING_FACT, "value", "conflicts with the value "
                + firstFact.value().asText() + " that " + fact.source().document() + " gives for "
                + fact.subject() + ", " + fact.element() + ", " + fact.cycle() + " at " + where,
            fact.value().asText(), "one value per subject, element and cycle from one document");
        return Optional.empty();
      }
      if (firstFact.source().equals(fact.source())) {
        context.fail(FailureKind.DUPLICATE, "", "the same fact is given twice (first at " + where + ")",
            fact.toString(), "each fact once");
        return Optional.empty();
      }
    }
    return Optional.of(fact);
  }

  /** The copy of {@code value} already kept in this read, or {@code value}, now kept. */
  @SuppressWarnings("unchecked")
  private <V> V share(V value) {
    Object kept = shared.get(value);
    if (kept != null) {
      return (V) kept;
    }
    if (shared.size() < SHARED) {
      shared.put(value, value);
    }
    return value;
  }

  private Optional<String> subject(Fields f, String subject) {
    Optional<String> s = f.text("subject", subject);
    if (s.isEmpty()) {
      return s;
    }
    if (Known.isStateCode(s.get())) {
      return known.stateCode(f, "subject", s.get());
    }
    if (Known.isMeetingId(s.get())) {
      return known.meeting(f, "subject", s.get());
    }
    Optional<SubjectId> request = SubjectId.parse(s.get());
    if (request.isPresent()) {
      // An extension request's id: its State must be known.
      return known.stateCode(f, "subject", request.get().state().get()).map(x -> s.get());
    }
    f.context().fail(FailureKind.UNKNOWN_STATE, "subject", "not a subject", subject, Suggestions.expected(
        "a State code (LAO), a meeting (13MSP) or an extension request id (LAO-4-11MSP)", subject,
        known.stateCodes()));
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
    if (Shapes.isWhole(text)) {
      return ValueType.COUNT;
    }
    if (Shapes.isDecimal(text)) {
      return ValueType.QUANTITY;
    }
    if (Shapes.isIsoDate(text)) {
      return ValueType.DATE;
    }
    return ValueType.TEXT;
  }

  /**
   * The value of {@code raw} as a {@code type}, taken from the values already converted in this read when the same
   * cell was read before (a long table repeats its values; building and checking one costs more than looking it up).
   * A conversion depends on the type and the cell alone, and only one that succeeded is kept, so a cell that fails is
   * converted, and located, every time; a text longer than {@link #VALUE_TEXT_KEPT} is not kept.
   */
  private Optional<FactValue> cachedValue(Fields f, ValueType type, JsonNode raw) {
    Object key = raw.isTextual() ? (raw.textValue().length() <= VALUE_TEXT_KEPT ? raw.textValue() : null)
        : raw.isBoolean() ? (Object) raw.booleanValue()
        : raw.isIntegralNumber() && raw.canConvertToLong() ? (Object) raw.longValue()
        : null;
    if (key == null) {
      return value(f, type, raw);
    }
    Map<Object, FactValue> cache = values.computeIfAbsent(type, t -> new HashMap<>());
    FactValue kept = cache.get(key);
    if (kept != null) {
      return Optional.of(kept);
    }
    Optional<FactValue> value = value(f, type, raw);
    if (value.isPresent() && cache.size() < SHARED) {
      cache.put(key, value.get());
    }
    return value;
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
