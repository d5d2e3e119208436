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
    Optional<String> c = f.text(field, code);
    if (c.isEmpty()) {
      return c;
    }
    if (!State.isIso3(c.get())) {
      f.context().fail(FailureKind.UNKNOWN_STATE, field, "not a State code", code,
          "an ISO 3166-1 alpha-3 code such as LAO");
      return Optional.empty();
    }
    if (context.register().isPresent() && context.register().get().standing(c.get()).isEmpty()) {
      f.context().fail(FailureKind.UNKNOWN_STATE, field, "State not in the register", code,
          "one of the " + context.register().get().standings().size() + " States the register lists");
      return Optional.empty();
    }
    return c;
  }

  /** A meeting's short name, known if meetings are known. */
  Optional<String> meeting(Fields f, String field, String id) {
    Optional<String> m = f.text(field, id);
    if (m.isEmpty()) {
      return m;
    }
    if (!isMeetingId(m.get())) {
      f.context().fail(FailureKind.UNKNOWN_CYCLE, field, "not a meeting's short name", id, "a meeting such as 13MSP or 2RC");
      return Optional.empty();
    }
    if (!meetings.isEmpty() && !meetings.contains(m.get())) {
      f.context().fail(FailureKind.UNKNOWN_CYCLE, field, "meeting not in the meetings known", id,
          "one of " + new java.util.TreeSet<>(meetings));
      return Optional.empty();
    }
    return m;
  }

  /** A reporting cycle, known if cycles are known, else a meeting's short name. */
  Optional<String> cycle(Fields f, String field, String id) {
    Optional<String> c = f.text(field, id);
    if (c.isEmpty()) {
      return c;
    }
    if (!cycles.isEmpty()) {
      if (!cycles.contains(c.get())) {
        f.context().fail(FailureKind.UNKNOWN_CYCLE, field, "reporting cycle not in the cycles known", id,
            "one of " + new java.util.TreeSet<>(cycles));
        return Optional.empty();
      }
      return c;
    }
    if (!isMeetingId(c.get())) {
      f.context().fail(FailureKind.UNKNOWN_CYCLE, field, "not a reporting cycle", id,
          "a meeting's short name such as 13MSP");
      return Optional.empty();
    }
    return c;
  }

  /** A data element key, defined by the vocabulary if one is known. */
  Optional<DataElement> element(Fields f, String field, String key) {
    Optional<String> k = f.text(field, key);
    if (k.isEmpty()) {
      return Optional.empty();
    }
    if (!DataElement.isKey(k.get())) {
      f.context().fail(FailureKind.UNKNOWN_DATA_ELEMENT, field, "not a data element key", key,
          "lower-case words separated by dots, e.g. art4.national-strategy");
      return Optional.empty();
    }
    if (context.vocabulary().isPresent()) {
      Optional<DataElement> e = context.vocabulary().get().element(k.get());
      if (e.isEmpty()) {
        f.context().fail(FailureKind.UNKNOWN_DATA_ELEMENT, field, "data element not in the vocabulary", key,
            "one of the " + context.vocabulary().get().elements().size() + " keys the vocabulary defines");
      }
      return e;
    }
    return Optional.of(DataElement.builder().key(k.get()).valueType(org.ccmkit.model.plan.ValueType.TEXT)
        .description("(not in a vocabulary)").build());
  }

  boolean hasVocabulary() {
    return context.vocabulary().isPresent();
  }

  static boolean isMeetingId(String id) {
    return id.matches("[1-9]\\d?(MSP|RC)");
  }
}
