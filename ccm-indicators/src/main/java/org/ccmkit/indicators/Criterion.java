package org.ccmkit.indicators;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ccmkit.indicators.data.ElementFacts;
import org.ccmkit.indicators.data.SubjectSet;
import org.ccmkit.model.plan.Condition;

/**
 * An indicator's {@link Condition} in one cycle, over the facts of its data elements: the subjects that meet it and
 * those known not to; a subject in neither is unknown (no data). A data element is met by an affirmative fact and
 * known not met by a fact that is not affirmative, or, where facts are complete, by having no fact while reporting
 * another of the indicator's elements. all-of meets where every part meets and fails where any part fails; any-of the
 * reverse; none-of meets where every part is known not met and fails where any part meets; at-least-N-of meets where N
 * parts meet and fails where more than the others are known not met.
 */
final class Criterion {

  /** The subjects that meet the condition. */
  final SubjectSet met;
  /** The subjects known not to meet it. */
  final SubjectSet unmet;

  private Criterion(SubjectSet met, SubjectSet unmet) {
    this.met = met;
    this.unmet = unmet;
  }

  /**
   * The criterion of {@code condition}, whose data elements' facts are those of one cycle; {@code everyone} meets a
   * condition of no parts, and for {@code absentIsNo} a missing fact is a "no".
   */
  static Criterion of(InCycle condition, SubjectSet everyone, SubjectSet absentIsNo) {
    if (condition.kind == Condition.Kind.ELEMENT) {
      ElementFacts e = condition.facts;
      return new Criterion(e.affirming(), knownNotMet(e, absentIsNo));
    }
    InCycle[] parts = condition.parts;
    switch (condition.kind) {
      case ALL_OF: {
        // The subjects affirming every element part were intersected once, when the condition was prepared: one set
        // operation here, not one for each element.
        SubjectSet met = condition.affirmingEveryElement.isPresent()
            ? everyone.and(condition.affirmingEveryElement.get()) : everyone;
        SubjectSet unmet = SubjectSet.empty();
        for (InCycle part : parts) {
          if (part.kind == Condition.Kind.ELEMENT) { // most rules: every element, read without a criterion each
            unmet = unmet.or(knownNotMet(part.facts, absentIsNo));
          } else {
            Criterion p = of(part, everyone, absentIsNo);
            met = met.and(p.met);
            unmet = unmet.or(p.unmet);
          }
        }
        return new Criterion(met, unmet);
      }
      case ANY_OF:
        return anyOf(parts, everyone, absentIsNo);
      case NONE_OF: {
        // None of them is met where any-of is known not met, and known not met where any-of is met.
        Criterion any = anyOf(parts, everyone, absentIsNo);
        return new Criterion(any.unmet, any.met);
      }
      case AT_LEAST: {
        List<SubjectSet> met = new ArrayList<>(parts.length);
        List<SubjectSet> unmet = new ArrayList<>(parts.length);
        for (InCycle c : parts) {
          Criterion p = of(c, everyone, absentIsNo);
          met.add(p.met);
          unmet.add(p.unmet);
        }
        int n = condition.atLeast;
        return new Criterion(SubjectSet.inAtLeast(n, met), SubjectSet.inAtLeast(parts.length - n + 1, unmet));
      }
      default:
        throw new IllegalStateException("no rule for condition " + condition.condition);
    }
  }

  /**
   * The subjects known not to meet data element {@code e}: those that reported it without affirming it, and, where a
   * missing fact is a "no" ({@code absentIsNo}), those that reported nothing for it.
   */
  private static SubjectSet knownNotMet(ElementFacts e, SubjectSet absentIsNo) {
    return e.reporting().containsAll(absentIsNo) ? e.notAffirming()
        : e.reporting().or(absentIsNo).andNot(e.affirming());
  }

  /** Met where any part is met; known not met where every part is known not met. */
  private static Criterion anyOf(InCycle[] parts, SubjectSet everyone, SubjectSet absentIsNo) {
    Criterion first = of(parts[0], everyone, absentIsNo);
    SubjectSet met = first.met;
    SubjectSet unmet = first.unmet;
    for (int i = 1; i < parts.length; i++) {
      Criterion p = of(parts[i], everyone, absentIsNo);
      met = met.or(p.met);
      unmet = unmet.and(p.unmet);
    }
    return new Criterion(met, unmet);
  }

  /**
   * A condition with the facts of each of its data elements in one cycle looked up: what {@link #of} reads, so that
   * the lookups are made once for an indicator and cycle ({@link PreparedIndicator}), not at each evaluation.
   */
  static final class InCycle {

    private static final InCycle[] NO_PARTS = {};

    final Condition condition;
    final Condition.Kind kind;
    final int atLeast;
    /** The facts of the element, for an ELEMENT; else none. */
    final ElementFacts facts;
    final InCycle[] parts;
    /**
     * For an ALL_OF with parts that are data elements: the subjects that affirm every one of those elements in the
     * cycle (the intersection of their facts' affirming subjects, which depends on no population); else empty.
     */
    final Optional<SubjectSet> affirmingEveryElement;

    private InCycle(Condition condition, ElementFacts facts, InCycle[] parts) {
      this.condition = condition;
      this.kind = condition.kind();
      this.atLeast = condition.atLeast();
      this.facts = facts;
      this.parts = parts;
      this.affirmingEveryElement = kind == Condition.Kind.ALL_OF ? affirmingEvery(parts) : Optional.empty();
    }

    /** The subjects that affirm every part of {@code parts} that is a data element, if any part is one. */
    private static Optional<SubjectSet> affirmingEvery(InCycle[] parts) {
      Optional<SubjectSet> every = Optional.empty();
      for (InCycle part : parts) {
        if (part.kind == Condition.Kind.ELEMENT) {
          SubjectSet affirming = part.facts.affirming();
          every = Optional.of(every.isPresent() ? every.get().and(affirming) : affirming);
        }
      }
      return every;
    }

    /** {@code condition} with its elements' facts among the cycle's {@code facts}. */
    static InCycle of(Condition condition, CycleFacts facts) {
      if (condition.kind() == Condition.Kind.ELEMENT) {
        return new InCycle(condition, facts.of(condition.elementKey()), NO_PARTS);
      }
      InCycle[] parts = new InCycle[condition.parts().size()];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = of(condition.parts().get(i), facts);
      }
      return new InCycle(condition, ElementFacts.none(), parts);
    }
  }
}
