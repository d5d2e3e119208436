package org.ccmkit.io.table;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccmkit.io.read.FailureKind;
import org.ccmkit.io.read.ReadContext;
import org.ccmkit.model.calendar.Meeting;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.plan.DataElement;
import org.ccmkit.model.state.Standing;
import org.ccmkit.model.state.State;

/**
 * The checks of a row's references against what the read knows: States in the register, meetings, cycles, data
 * elements. What the context does not give is checked by shape only.
 */
final class Known {

  private final ReadContext context;
  private final Set<String> meetings;
  private final Set<String> cycles;
  private final java.util.Map<String, DataElement> unlisted = new java.util.HashMap<>();

  Known(ReadContext context) {
    this.context = context;
    this.meetings = context.meetings().stream().map(Meeting::id).collect(Collectors.toSet());
    this.cycles = context.cycles().stream().map(ReportingCycle::meeting).collect(Collectors.toSet());
  }

  /** The State with code {@code code} from the register; a failure if the code is malformed or not listed. */
  Optional<State> state(Fields f, String field, String code) {
    Optional<String> c = stateCode(f, field, code);
    if (c.isEmpty()) {
      return Optional.empty();
    }
    if (context.register().isEmpty()) {
      f.context().fail(FailureKind.UNKNOWN_STATE, field, "no register to look the State up in", code,
          "a register: read the states table first or give one in the ReadContext");
      return Optional.empty();
    }
    return context.register().get().standing(c.get()).map(Standing::state);
  }

  /** A State code: three upper-case letters, listed in the register if one is known. */
  Optional<String> stateCode(Fields f, String field, String code) {
    return Optional.ofNullable(stateCodeOrNull(f, field, code));
  }

  /** {@link #stateCode}, or null with the failure recorded (no optional a row). */
  String stateCodeOrNull(Fields f, String field, String code) {
    String c = f.required(field, code);
    if (c == null) {
      return null;
    }
    if (!isStateCode(c)) {
      f.context().fail(FailureKind.UNKNOWN_STATE, field, "not a State code", code,
          Suggestions.expected("an ISO 3166-1 alpha-3 code such as LAO", code, stateCodes()));
      return null;
    }
    if (context.register().isPresent() && context.register().get().standing(c).isEmpty()) {
      f.context().fail(FailureKind.UNKNOWN_STATE, field, "State not in the register", code, Suggestions.expected(
          "one of the " + context.register().get().standings().size() + " States the register lists", code,
          stateCodes()));
      return null;
    }
    return c;
  }

  /** A meeting's short name, known if meetings are known. */
  Optional<String> meeting(Fields f, String field, String id) {
    return Optional.ofNullable(meetingOrNull(f, field, id));
  }

  /** {@link #meeting}, or null with the failure recorded. */
  String meetingOrNull(Fields f, String field, String id) {
    String m = f.required(field, id);
    if (m == null) {
      return null;
    }
    if (!isMeetingId(m)) {
      f.context().fail(FailureKind.UNKNOWN_CYCLE, field, "not a meeting's short name", id,
          Suggestions.expected("a meeting such as 13MSP or 2RC", id, meetings));
      return null;
    }
    if (!meetings.isEmpty() && !meetings.contains(m)) {
      f.context().fail(FailureKind.UNKNOWN_CYCLE, field, "meeting not in the meetings known", id,
          Suggestions.expected("one of " + new java.util.TreeSet<>(meetings), id, meetings));
      return null;
    }
    return m;
  }

  /** A reporting cycle, known if cycles are known, else a meeting's short name. */
  Optional<String> cycle(Fields f, String field, String id) {
    return Optional.ofNullable(cycleOrNull(f, field, id));
  }

  /** {@link #cycle}, or null with the failure recorded. */
  String cycleOrNull(Fields f, String field, String id) {
    String c = f.required(field, id);
    if (c == null) {
      return null;
    }
    if (!cycles.isEmpty()) {
      if (!cycles.contains(c)) {
        f.context().fail(FailureKind.UNKNOWN_CYCLE, field, "reporting cycle not in the cycles known", id,
            Suggestions.expected("one of " + new java.util.TreeSet<>(cycles), id, cycles));
        return null;
      }
      return c;
    }
    if (!isMeetingId(c)) {
      f.context().fail(FailureKind.UNKNOWN_CYCLE, field, "not a reporting cycle", id,
          Suggestions.expected("a meeting's short name such as 13MSP", id, meetings));
      return null;
    }
    return c;
  }

  /** A data element key, defined by the vocabulary if one is known. */
  Optional<DataElement> element(Fields f, String field, String key) {
    return Optional.ofNullable(elementOrNull(f, field, key));
  }

  /** {@link #element}, or null with the failure recorded. */
  DataElement elementOrNull(Fields f, String field, String key) {
    String k = f.required(field, key);
    if (k == null) {
      return null;
    }
    DataElement placeholder = context.vocabulary().isPresent() ? null : unlisted.get(k);
    if (placeholder != null) {
      // A key already read in this read: its shape was checked then.
      return placeholder;
    }
    if (!Shapes.isElementKey(k)) {
      f.context().fail(FailureKind.UNKNOWN_DATA_ELEMENT, field, "not a data element key", key,
          Suggestions.expected("lower-case words separated by dots, e.g. art4.national-strategy", key, elementKeys()));
      return null;
    }
    if (context.vocabulary().isPresent()) {
      Optional<DataElement> e = context.vocabulary().get().element(k);
      if (e.isEmpty()) {
        f.context().fail(FailureKind.UNKNOWN_DATA_ELEMENT, field, "data element not in the vocabulary", key,
            Suggestions.expected("one of the " + context.vocabulary().get().elements().size()
                + " keys the vocabulary defines", key, elementKeys()));
        return null;
      }
      return e.get();
    }
    // Without a vocabulary an element is known by its key alone; one placeholder a key is kept for the read.
    DataElement known = unlisted.get(k);
    if (known == null) {
      known = DataElement.builder().key(k).valueType(org.ccmkit.model.plan.ValueType.TEXT)
          .description("(not in a vocabulary)").build();
      if (unlisted.size() < 1 << 16) {
        unlisted.put(k, known);
      }
    }
    return known;
  }

  /**
   * An indicator id, known if the context names indicators: an unknown one is an
   * {@link FailureKind#UNKNOWN_REFERENCE}, with the ids nearest to it.
   */
  Optional<String> indicator(Fields f, String field, String id) {
    Optional<String> i = Fields.optionalText(id);
    if (i.isPresent() && !context.indicators().isEmpty() && !context.indicators().contains(i.get())) {
      f.context().fail(FailureKind.UNKNOWN_REFERENCE, field, "indicator not in the plans known", id,
          Suggestions.expected("an indicator id such as LAP-23.2", id, context.indicators()));
      return Optional.empty();
    }
    return i;
  }

  java.util.Collection<String> stateCodes() {
    return context.register().map(r -> r.standings().stream().map(s -> s.state().code()).toList())
        .orElse(java.util.List.of());
  }

  private java.util.Collection<String> elementKeys() {
    return context.vocabulary().map(v -> v.elements().stream().map(DataElement::key).toList())
        .orElse(java.util.List.of());
  }

  boolean hasVocabulary() {
    return context.vocabulary().isPresent();
  }


  /** A meeting's short name: {@code [1-9]\d?(MSP|RC)}, checked by hand since every fact's cycle is. */
  static boolean isMeetingId(String id) {
    int n = id.length();
    if (n < 3 || id.charAt(0) < '1' || id.charAt(0) > '9') {
      return false;
    }
    int i = Character.isDigit(id.charAt(1)) && id.charAt(1) < 128 ? 2 : 1;
    return n - i == 3 && id.startsWith("MSP", i) || n - i == 2 && id.startsWith("RC", i);
  }

  /** {@link State#isIso3}: three letters A to Z, checked by hand since every fact's subject is. */
  static boolean isStateCode(String code) {
    return code.length() == 3 && upper(code.charAt(0)) && upper(code.charAt(1)) && upper(code.charAt(2));
  }

  private static boolean upper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
