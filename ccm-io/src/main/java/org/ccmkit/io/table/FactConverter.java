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
  private final Map<String, Map<String, SourceRef>> sources = new HashMap<>();

  FactConverter(Known known) {
    this.known = known;
  }

  /**
   * The fact of a row of the facts table, read from its cells without a transfer record: every cell is read first
   * (a cell of the wrong shape is a failure of the row, and the row then goes no further), then each is checked.
   */
  Optional<Fact> fact(Cells c, RowContext context) {
    String subjectCell = c.text("subject");
    String cycleCell = c.text("cycle");
    String elementCell = c.text("element");
    String typeCell = c.text("type");
    JsonNode valueCell = c.scalar("value");
    boolean sourceGroup = c.sourceGroup("source");
    String document = c.text("source.document");
    String locator = c.text("source.locator");
    boolean sourceGiven = sourceGroup || document != null || locator != null;
    String quoteCell = c.text("quote");
    String noteCell = c.text("note");
    String periodCell = c.text("period");
    JsonNode looseCell = c.scalar("loose");
    if (context.hasFailures()) {
      return Optional.empty();
    }
    Fields f = new Fields(context);
    String subject = subject(f, subjectCell);
    String cycle = known.cycleOrNull(f, "cycle", cycleCell);
    Optional<Boolean> loose = f.optionalBoolean("loose", looseCell);
    return fact(f, subject, cycle, elementCell, typeCell, valueCell, sourceGiven, document, locator,
        blankToNull(quoteCell), blankToNull(noteCell), blankToNull(periodCell), loose.orElse(false));
  }

  Optional<Fact> participation(ParticipationRow row, RowContext context) {
    Fields f = new Fields(context);
    String meeting = known.meetingOrNull(f, "meeting", row.meeting());
    String cycle = row.cycle() == null ? meeting : known.cycleOrNull(f, "cycle", row.cycle());
    SourceRow source = row.source();
    return fact(f, meeting, cycle, row.element(), row.type(), row.value(), source != null,
        source == null ? null : source.document(), source == null ? null : source.locator(), null, null, null,
        false);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private Optional<Fact> fact(Fields f, String subject, String cycle, String elementKey, String typeName,
      JsonNode rawValue, boolean sourceGiven, String document, String locator, String quote, String note,
      String period, boolean loose) {
    RowContext context = f.context();
    DataElement element = known.elementOrNull(f, "element", elementKey);
    Optional<ValueType> declared = f.optionalConstant("type", typeName, ValueType.class);
    ValueType type = null;
    if (element != null && known.hasVocabulary()) {
      type = element.valueType();
      if (declared.isPresent() && declared.get() != type) {
        context.fail(FailureKind.WRONG_TYPE, "type", "type differs from the data element's", typeName,
            type + " (the type of " + elementKey + " in the vocabulary)");
      }
    } else if (declared.isPresent()) {
      type = declared.get();
    } else if (Fields.optionalText(typeName).isEmpty() && !Fields.isAbsent(rawValue)) {
      type = infer(rawValue);
    }
    FactValue value = null;
    if (Fields.isAbsent(rawValue)) {
      context.fail(FailureKind.MISSING_FIELD, "value", "required field is missing or empty", null, "a value");
    } else if (type != null) {
      value = cachedValue(f, type, rawValue);
    }
    SourceRef source = source(f, sourceGiven, document, locator);
    if (context.hasFailures()) {
      return Optional.empty();
    }
    // A long table repeats its subjects, cycles, elements, sources and values: one copy of each is kept, and the
    // numbers that give it are the key of the duplicate check.
    int s = seen.subjectId(subject);
    int c = seen.id(cycle);
    int e = seen.id(elementKey);
    int d = seen.id(source.document());
    var built = Fact.builder().subject(s < 0 ? subject : seen.subjectName(s)).cycle(c < 0 ? cycle : seen.name(c))
        .element(e < 0 ? elementKey : seen.name(e)).value(value).source(source).loose(loose);
    if (quote != null) {
      built.quote(share(quote));
    }
    if (note != null) {
      built.note(note);
    }
    if (period != null) {
      built.period(share(period));
    }
    Fact fact = built.build();
    // One lookup (subject, cycle, element and source document): the fact is remembered unless one was already seen.
    int firstIndex = seen.putIfAbsent(s, c, e, d, fact, context.line(), context.rowNumber());
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

  /**
   * The required source of a fact (as {@link Fields#source}), the read's one copy of it: a long table cites the same
   * few documents and places on every row, so a source is built once for each document and locator.
   */
  private SourceRef source(Fields f, boolean given, String document, String locator) {
    if (!given) {
      return f.source("source", null).orElse(null);
    }
    String doc = f.required("source.document", document);
    String loc = f.required("source.locator", locator);
    if (doc == null || loc == null) {
      return null;
    }
    Map<String, SourceRef> atDocument = sources.get(doc);
    if (atDocument == null) {
      atDocument = new HashMap<>();
      if (sources.size() < SHARED) {
        sources.put(doc, atDocument);
      }
    }
    SourceRef kept = atDocument.get(loc);
    if (kept != null) {
      return kept;
    }
    SourceRef source = share(SourceRef.of(doc, loc));
    if (atDocument.size() < SHARED) {
      atDocument.put(loc, source);
    }
    return source;
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

  /** The subject, or null with the failure recorded. */
  private String subject(Fields f, String subject) {
    String s = f.required("subject", subject);
    if (s == null) {
      return null;
    }
    if (Known.isStateCode(s)) {
      return known.stateCodeOrNull(f, "subject", s);
    }
    if (Known.isMeetingId(s)) {
      return known.meetingOrNull(f, "subject", s);
    }
    Optional<SubjectId> request = SubjectId.parse(s);
    if (request.isPresent()) {
      // An extension request's id: its State must be known.
      return known.stateCodeOrNull(f, "subject", request.get().state().get()) == null ? null : s;
    }
    f.context().fail(FailureKind.UNKNOWN_STATE, "subject", "not a subject", subject, Suggestions.expected(
        "a State code (LAO), a meeting (13MSP) or an extension request id (LAO-4-11MSP)", subject,
        known.stateCodes()));
    return null;
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
  private FactValue cachedValue(Fields f, ValueType type, JsonNode raw) {
    Object key = raw.isTextual() ? (raw.textValue().length() <= VALUE_TEXT_KEPT ? raw.textValue() : null)
        : raw.isBoolean() ? (Object) raw.booleanValue()
        : raw.isIntegralNumber() && raw.canConvertToLong() ? (Object) raw.longValue()
        : null;
    if (key == null) {
      return value(f, type, raw).map(this::share).orElse(null);
    }
    Map<Object, FactValue> cache = values.get(type);
    if (cache == null) {
      cache = new HashMap<>();
      values.put(type, cache);
    }
    FactValue kept = cache.get(key);
    if (kept != null) {
      return kept;
    }
    FactValue value = value(f, type, raw).map(this::share).orElse(null);
    if (value != null && cache.size() < SHARED) {
      cache.put(key, value);
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
