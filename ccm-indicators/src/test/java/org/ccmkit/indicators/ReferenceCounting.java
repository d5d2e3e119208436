package org.ccmkit.indicators;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.ccmkit.indicators.data.ExtensionRequest;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.population.ComputedPopulation;
import org.ccmkit.indicators.population.Member;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.indicators.result.PopulationResult;
import org.ccmkit.indicators.result.Reason;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.indicators.result.SubjectOutcome;
import org.ccmkit.model.plan.Condition;
import org.ccmkit.model.plan.CountingRule;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.ValueType;

/**
 * The counting rules of the package documentation written the plainest way, for the tests to hold the evaluator to:
 * every subject's facts are found by scanning the dataset's list of facts, every rule is one {@code if}, a counting
 * rule is judged subject by subject as met, not met or unknown. Slow, and meant to be. It gives the populations of an
 * evaluation with every subject entry (reasons, facts, unmet elements, quantity, outcome) as the evaluator must give
 * them.
 */
final class ReferenceCounting {

  /** The order of a subject's facts: element, source, then value (the evaluator's documented order). */
  static final Comparator<Fact> ORDER = Comparator.comparing(Fact::element)
      .thenComparing(f -> f.source().document())
      .thenComparing(f -> f.source().locator())
      .thenComparing(f -> f.value().type())
      .thenComparing(f -> f.value().asText())
      .thenComparing(Fact::subject)
      .thenComparing(Fact::cycle);

  private ReferenceCounting() {}

  /** The facts {@code subject} reported for {@code element} in the cycle of {@code meeting}, each once, in order. */
  static List<Fact> factsOf(MonitoringDataset dataset, String meeting, String element, String subject) {
    TreeSet<Fact> found = new TreeSet<>(ORDER);
    for (Fact f : dataset.facts()) {
      if (f.subject().equals(subject) && f.cycle().equals(meeting) && f.element().equals(element)) {
        found.add(f);
      }
    }
    return new ArrayList<>(found);
  }

  /** The populations of {@code indicator} counted over {@code base}. */
  static List<PopulationResult> overPopulation(Indicator indicator, MonitoringDataset dataset, String meeting,
      ComputedPopulation base) {
    Optional<String> qualifier = indicator.population().qualifier();
    List<SubjectEntry> initial = new ArrayList<>();
    List<SubjectEntry> excluded = new ArrayList<>();
    List<SubjectEntry> denominator = new ArrayList<>();
    List<SubjectEntry> excepted = new ArrayList<>();
    List<SubjectEntry> notCounted = new ArrayList<>();
    for (Member m : base.members()) {
      List<Fact> qualifierFacts = new ArrayList<>();
      List<Reason> reasons = new ArrayList<>(m.reasons());
      if (qualifier.isPresent()) {
        String q = qualifier.get();
        qualifierFacts = factsOf(dataset, meeting, q, m.subject());
        Optional<Reason> qualifies = qualifies(m, q, qualifierFacts, base, dataset, meeting);
        if (qualifies.isEmpty()) {
          reasons.add(Reason.of((qualifierFacts.isEmpty() ? "Does not report " : "Does not affirm ") + q + " in the "
              + meeting + " cycle, so is not in the denominator"));
          SubjectEntry entry = SubjectEntry.builder().subject(m.subject()).name(m.name())
              .outcome(SubjectOutcome.EXCLUDED).reasons(reasons).facts(qualifierFacts)
              .unmetElements(indicator.dataElements()).build();
          initial.add(entry);
          excluded.add(entry);
          continue;
        }
        reasons.add(qualifies.get());
      }
      List<Fact> facts = new ArrayList<>(qualifierFacts);
      List<String> unmet = new ArrayList<>();
      Map<String, List<Fact>> own = new HashMap<>();
      BigDecimal sum = null;
      for (String element : indicator.dataElements()) {
        List<Fact> ofElement = factsOf(dataset, meeting, element, m.subject());
        own.put(element, ofElement);
        facts.addAll(ofElement);
        if (ofElement.stream().noneMatch(f -> f.value().isAffirmative())) {
          unmet.add(element);
        }
        Optional<BigDecimal> greatest = ofElement.stream().flatMap(f -> f.value().number().stream())
            .max(Comparator.naturalOrder());
        if (indicator.headlineUnit() == FigureUnit.QUANTITY && greatest.isPresent()) {
          sum = sum == null ? greatest.get() : sum.add(greatest.get());
        }
      }
      boolean reportedAny = own.values().stream().anyMatch(l -> !l.isEmpty());
      CountingRule rule = indicator.counting();
      List<Fact> excludedBy = rule.numeratorExclusion().map(k -> factsOf(dataset, meeting, k, m.subject()))
          .orElse(List.of());
      List<Fact> exceptedBy = rule.denominatorException().map(k -> factsOf(dataset, meeting, k, m.subject()))
          .orElse(List.of());
      facts.addAll(excludedBy);
      facts.addAll(exceptedBy);
      Known known = evaluate(rule.condition(), own, dataset.factsComplete() && reportedAny);
      Optional<Fact> exclusion = excludedBy.stream().filter(f -> f.value().isAffirmative()).findFirst();
      Optional<Fact> exception = exceptedBy.stream().filter(f -> f.value().isAffirmative()).findFirst();
      SubjectOutcome outcome;
      if (known == Known.MET) {
        outcome = exclusion.isPresent() ? SubjectOutcome.NOT_COUNTED : SubjectOutcome.COUNTED;
        exclusion.ifPresent(f -> reasons.add(Reason.of("Reports " + f.element() + " = " + f.value().asText()
            + " in the " + meeting + " cycle: a numerator exclusion, so is not counted although it meets "
            + rule.condition(), Optional.of(f.source()))));
      } else if (exception.isPresent()) {
        outcome = SubjectOutcome.EXCLUDED;
        reasons.add(Reason.of("Reports " + exception.get().element() + " = " + exception.get().value().asText()
            + " in the " + meeting + " cycle: a denominator exception, so is not in the denominator: it does not "
            + "meet " + rule.condition(), Optional.of(exception.get().source())));
      } else {
        outcome = known == Known.UNMET ? SubjectOutcome.NOT_COUNTED : SubjectOutcome.NO_DATA;
      }
      SubjectEntry entry = SubjectEntry.builder().subject(m.subject()).name(m.name()).outcome(outcome)
          .reasons(reasons).facts(facts).unmetElements(unmet).quantity(Optional.ofNullable(sum)).build();
      initial.add(entry);
      if (outcome == SubjectOutcome.EXCLUDED) {
        excepted.add(entry);
      } else {
        denominator.add(entry);
        if (exclusion.isPresent() && known == Known.MET) {
          notCounted.add(entry);
        }
      }
    }
    List<PopulationResult> populations = new ArrayList<>();
    populations.add(PopulationResult.of(PopulationCode.INITIAL_POPULATION, initial));
    if (qualifier.isPresent()) {
      populations.add(PopulationResult.of(PopulationCode.DENOMINATOR_EXCLUSION, excluded));
    }
    if (indicator.counting().denominatorException().isPresent()) {
      populations.add(PopulationResult.of(PopulationCode.DENOMINATOR_EXCEPTION, excepted));
    }
    populations.add(PopulationResult.of(PopulationCode.DENOMINATOR, denominator));
    populations.add(PopulationResult.of(PopulationCode.NUMERATOR,
        denominator.stream().filter(e -> e.outcome() == SubjectOutcome.COUNTED).toList()));
    if (indicator.counting().numeratorExclusion().isPresent()) {
      populations.add(PopulationResult.of(PopulationCode.NUMERATOR_EXCLUSION, notCounted));
    }
    populations.add(PopulationResult.of(PopulationCode.NO_DATA,
        denominator.stream().filter(e -> e.outcome() == SubjectOutcome.NO_DATA).toList()));
    return populations;
  }

  /** What is known of a subject and a condition. */
  enum Known { MET, UNMET, UNKNOWN }

  /**
   * Whether a subject with facts {@code own} (by data element) meets {@code condition}: an element is met by an
   * affirmative fact, not met by a fact that is not, or by no fact where {@code absentIsNo}, and otherwise unknown.
   */
  static Known evaluate(Condition condition, Map<String, List<Fact>> own, boolean absentIsNo) {
    if (condition.kind() == Condition.Kind.ELEMENT) {
      List<Fact> facts = own.get(condition.elementKey());
      if (facts.stream().anyMatch(f -> f.value().isAffirmative())) {
        return Known.MET;
      }
      return !facts.isEmpty() || absentIsNo ? Known.UNMET : Known.UNKNOWN;
    }
    List<Known> parts = condition.parts().stream().map(c -> evaluate(c, own, absentIsNo)).toList();
    long met = parts.stream().filter(k -> k == Known.MET).count();
    long unmet = parts.stream().filter(k -> k == Known.UNMET).count();
    long n = parts.size();
    switch (condition.kind()) {
      case ALL_OF:
        return met == n ? Known.MET : unmet > 0 ? Known.UNMET : Known.UNKNOWN;
      case ANY_OF:
        return met > 0 ? Known.MET : unmet == n ? Known.UNMET : Known.UNKNOWN;
      case NONE_OF:
        return unmet == n ? Known.MET : met > 0 ? Known.UNMET : Known.UNKNOWN;
      default:
        int atLeast = condition.atLeast();
        return met >= atLeast ? Known.MET : unmet > n - atLeast ? Known.UNMET : Known.UNKNOWN;
    }
  }

  private static Optional<Reason> qualifies(Member m, String q, List<Fact> facts, ComputedPopulation base,
      MonitoringDataset dataset, String meeting) {
    for (Fact f : facts) {
      if (f.value().isAffirmative()) {
        return Optional.of(Reason.of("Reports " + q + " = " + f.value().asText() + " in the " + meeting + " cycle",
            Optional.of(f.source())));
      }
    }
    Optional<Integer> article = Feasibility.requestArticle(q, base.base());
    ExtensionRequest r = dataset.extensionRequestsById().get(m.subject());
    if (article.isPresent() && r != null && r.article() == article.get()) {
      return Optional.of(Reason.of("An Article " + r.article() + " extension request (" + q + ")",
          Optional.of(r.source())));
    }
    return Optional.empty();
  }

  /**
   * The populations of an indicator without a population: the subjects that reported any of its data elements, each
   * counted by any affirmative fact; a COUNT adds the greatest number a subject's COUNT or QUANTITY facts give for each
   * element it affirms (one where there is none, or it is zero), a QUANTITY the greatest number of each element.
   */
  static List<PopulationResult> withoutPopulation(Indicator indicator, MonitoringDataset dataset, String meeting) {
    TreeSet<String> subjects = new TreeSet<>();
    for (Fact f : dataset.facts()) {
      if (f.cycle().equals(meeting) && indicator.dataElements().contains(f.element())) {
        subjects.add(f.subject());
      }
    }
    ImmutableList<Reason> reported = ImmutableList.of(Reason.of("Reported "
        + String.join(" or ", indicator.dataElements()) + " in the " + meeting + " cycle"));
    List<SubjectEntry> initial = new ArrayList<>();
    for (String subject : subjects) {
      List<Fact> facts = new ArrayList<>();
      List<String> unmet = new ArrayList<>();
      BigDecimal sum = null;
      for (String element : indicator.dataElements()) {
        List<Fact> own = factsOf(dataset, meeting, element, subject);
        facts.addAll(own);
        boolean met = own.stream().anyMatch(f -> f.value().isAffirmative());
        if (!met) {
          unmet.add(element);
        }
        BigDecimal adds = null;
        if (indicator.headlineUnit() == FigureUnit.QUANTITY) {
          adds = own.stream().flatMap(f -> f.value().number().stream()).max(Comparator.naturalOrder()).orElse(null);
        } else if (met) {
          adds = own.stream().filter(f -> f.value().type() == ValueType.COUNT || f.value().type() == ValueType.QUANTITY)
              .flatMap(f -> f.value().number().stream()).max(Comparator.naturalOrder())
              .filter(n -> n.signum() > 0).orElse(BigDecimal.ONE);
        }
        if (adds != null) {
          sum = sum == null ? adds : sum.add(adds);
        }
      }
      SubjectOutcome outcome = unmet.size() < indicator.dataElements().size() ? SubjectOutcome.COUNTED
          : SubjectOutcome.NOT_COUNTED;
      initial.add(SubjectEntry.builder().subject(subject)
          .name(dataset.register().standing(subject).map(s -> s.state().name())).outcome(outcome).reasons(reported)
          .facts(facts).unmetElements(unmet).quantity(Optional.ofNullable(sum)).build());
    }
    return List.of(PopulationResult.of(PopulationCode.INITIAL_POPULATION, initial),
        PopulationResult.of(PopulationCode.NUMERATOR, initial.stream().filter(SubjectEntry::isCounted).toList()));
  }
}
