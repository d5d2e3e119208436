package org.ccmkit.indicators;

import java.util.ArrayList;
import java.util.List;
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

  Criterion(SubjectSet met, SubjectSet unmet) {
    this.met = met;
    this.unmet = unmet;
  }

  /**
   * The criterion of {@code condition} over the cycle's {@code facts}: {@code everyone} meets a condition of no parts,
   * and for {@code absentIsNo} a missing fact is a "no". It depends on no population (each subject's place is read from
   * its own facts alone), so it is made once for an indicator and cycle ({@link PreparedIndicator}) and a population's
   * members are then sorted by two intersections ({@link PopulationSets}).
   */
  static Criterion of(Condition condition, CycleFacts facts, SubjectSet everyone, SubjectSet absentIsNo) {
    switch (condition.kind()) {
      case ELEMENT: {
        ElementFacts e = facts.of(condition.elementKey());
        return new Criterion(e.affirming(), knownNotMet(e, absentIsNo));
      }
      case ALL_OF: {
        SubjectSet met = everyone;
        SubjectSet unmet = SubjectSet.empty();
        for (Condition part : condition.parts()) {
          Criterion p = of(part, facts, everyone, absentIsNo);
          met = met.and(p.met);
          unmet = unmet.or(p.unmet);
        }
        return new Criterion(met, unmet);
      }
      case ANY_OF:
        return anyOf(condition.parts(), facts, everyone, absentIsNo);
      case NONE_OF: {
        // None of them is met where any-of is known not met, and known not met where any-of is met.
        Criterion any = anyOf(condition.parts(), facts, everyone, absentIsNo);
        return new Criterion(any.unmet, any.met);
      }
      case AT_LEAST: {
        List<Condition> parts = condition.parts();
        List<SubjectSet> met = new ArrayList<>(parts.size());
        List<SubjectSet> unmet = new ArrayList<>(parts.size());
        for (Condition part : parts) {
          Criterion p = of(part, facts, everyone, absentIsNo);
          met.add(p.met);
          unmet.add(p.unmet);
        }
        int n = condition.atLeast();
        return new Criterion(SubjectSet.inAtLeast(n, met), SubjectSet.inAtLeast(parts.size() - n + 1, unmet));
      }
      default:
        throw new IllegalStateException("no rule for condition " + condition);
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
  private static Criterion anyOf(List<Condition> parts, CycleFacts facts, SubjectSet everyone,
      SubjectSet absentIsNo) {
    Criterion first = of(parts.get(0), facts, everyone, absentIsNo);
    SubjectSet met = first.met;
    SubjectSet unmet = first.unmet;
    for (int i = 1; i < parts.size(); i++) {
      Criterion p = of(parts.get(i), facts, everyone, absentIsNo);
      met = met.or(p.met);
      unmet = unmet.and(p.unmet);
    }
    return new Criterion(met, unmet);
  }
}
