package org.ccmkit.indicators;

import org.ccmkit.indicators.testkit.DomainArbitraries;
import net.jqwik.api.statistics.StatisticsReport;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.ccmkit.indicators.testkit.DomainArbitraries.Scenario;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.indicators.result.PopulationResult;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.plan.Condition;
import org.ccmkit.model.plan.CountingRule;
import org.ccmkit.model.plan.Direction;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.Population;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.plan.SubjectKind;
import org.ccmkit.model.state.PartyBasis;

/**
 * What must hold of the counting rules (all-of, any-of, none-of, at-least-N-of, a numerator exclusion, a denominator
 * exception) for generated registers, obligations and facts, complete or not.
 */
@StatisticsReport(onFailureOnly = true)
class CountingRuleProperties {

  /** The data elements the rules combine: three BOOLEAN elements the scenarios report. */
  private static final List<String> KEYS = List.of(DomainArbitraries.GENDER, DomainArbitraries.STRATEGY,
      DomainArbitraries.DONOR);

  @Provide
  Arbitrary<Scenario> scenarios() {
    return ReportingScenarios.scenarios();
  }

  @Provide
  Arbitrary<String> meetings() {
    return DomainArbitraries.meetings();
  }

  /** Two or three of {@link #KEYS}, in any order. */
  @Provide
  Arbitrary<List<String>> keys() {
    return Arbitraries.subsetOf(KEYS).ofMinSize(2).flatMap(s -> Arbitraries.shuffle(new ArrayList<>(s)));
  }

  /** A base population over States (not NONE, not extension requests, which the scenarios do not hold). */
  @Provide
  Arbitrary<PopulationBase> bases() {
    return Arbitraries.of(PopulationBase.class).filter(b -> b != PopulationBase.NONE
        && b != PopulationBase.EXTENSION_REQUESTS);
  }

  /** Any rule over {@link #KEYS}: a combination, perhaps nesting two of three, perhaps an exclusion or an exception. */
  @Provide
  Arbitrary<CountingRule> rules() {
    return keys().flatMap(CountingRuleProperties::rulesOver);
  }

  /**
   * Any rule naming each of {@code keys} once (a default rule where there is none): all-of, any-of, none-of or
   * at-least-N-of, perhaps nesting the first two of three, perhaps with a numerator exclusion or a denominator
   * exception on one of {@link #KEYS}.
   */
  static Arbitrary<CountingRule> rulesOver(List<String> keys) {
    if (keys.isEmpty()) {
      return Arbitraries.just(CountingRule.allOf(keys));
    }
    Arbitrary<Condition.Kind> kinds = Arbitraries.of(Condition.Kind.ALL_OF, Condition.Kind.ANY_OF,
        Condition.Kind.NONE_OF, Condition.Kind.AT_LEAST);
    Arbitrary<Condition> conditions = Combinators.combine(kinds, kinds, Arbitraries.of(true, false),
            Arbitraries.integers().between(1, 3))
        .as((outer, inner, nest, n) -> {
          List<Condition> leaves = keys.stream().map(Condition::element).collect(Collectors.toList());
          if (nest && leaves.size() == 3) {
            Condition group = combine(inner, leaves.subList(0, 2), n);
            return combine(outer, List.of(group, leaves.get(2)), n);
          }
          return combine(outer, leaves, n);
        });
    Arbitrary<String> others = Arbitraries.of(KEYS);
    return Combinators.combine(conditions, others.optional(), others.optional())
        .as((c, exclusion, exception) -> CountingRule.builder().condition(c).numeratorExclusion(exclusion)
            .denominatorException(exception).build());
  }

  private static Condition combine(Condition.Kind kind, List<Condition> parts, int n) {
    return switch (kind) {
      case ALL_OF -> Condition.allOf(parts);
      case ANY_OF -> Condition.anyOf(parts);
      case NONE_OF -> Condition.noneOf(parts);
      case AT_LEAST -> Condition.atLeast(Math.min(n, parts.size()), parts);
      case ELEMENT -> throw new IllegalArgumentException("not a combination");
    };
  }

  private static Indicator indicator(PopulationBase base, CountingRule rule) {
    return Indicator.builder().id("LAP-23.9").planId("LAP").actionNumber(23).text("A generated indicator")
        .addUnits(FigureUnit.PERCENT, FigureUnit.COUNT).subject(SubjectKind.STATES_PARTIES)
        .population(Population.of(base, PartyBasis.IN_FORCE)).dataElements(rule.condition().elements())
        .counting(rule).direction(Direction.INCREASE).source(SourceRef.of("LAP", "line 1")).build();
  }

  private static Evaluation evaluate(Indicator i, MonitoringDataset d, String meeting) {
    return DomainArbitraries.EVALUATOR.evaluate(i, d, Fixtures.cycle(meeting));
  }

  @Property(tries = 200)
  void anyOfCountsEverySubjectAllOfCounts(@ForAll("scenarios") Scenario s, @ForAll("bases") PopulationBase base,
      @ForAll("keys") List<String> keys, @ForAll("meetings") String meeting, @ForAll boolean complete) {
    MonitoringDataset d = s.builder().factsComplete(complete).build();
    List<Condition> leaves = keys.stream().map(Condition::element).toList();
    Evaluation all = evaluate(indicator(base, CountingRule.of(Condition.allOf(leaves))), d, meeting);
    Evaluation any = evaluate(indicator(base, CountingRule.of(Condition.anyOf(leaves))), d, meeting);
    assertTrue(any.numeratorCodes().containsAll(all.numeratorCodes()), all + " then " + any);
    assertTrue(any.numerator().size() >= all.numerator().size());
    assertEquals(codes(all.denominator()), codes(any.denominator()));
    Statistics.label("any-of counts more").collect(any.numerator().size() > all.numerator().size());
    Statistics.label("any-of counts more").coverage(c -> c.check(true).percentage(p -> p > 20));
  }

  @Property(tries = 200)
  void atLeastOneOfIsAnyOf(@ForAll("scenarios") Scenario s, @ForAll("bases") PopulationBase base,
      @ForAll("keys") List<String> keys, @ForAll("meetings") String meeting, @ForAll boolean complete) {
    MonitoringDataset d = s.builder().factsComplete(complete).build();
    List<Condition> leaves = keys.stream().map(Condition::element).toList();
    Evaluation any = evaluate(indicator(base, CountingRule.of(Condition.anyOf(leaves))), d, meeting);
    Evaluation atLeastOne = evaluate(indicator(base, CountingRule.of(Condition.atLeast(1, leaves))), d, meeting);
    assertEquals(any.populations(), atLeastOne.populations());
    assertEquals(any.score(), atLeastOne.score());
    assertEquals(any.status(), atLeastOne.status());
    Statistics.label("counted").collect(!any.numerator().isEmpty());
    Statistics.label("counted").coverage(c -> c.check(true).percentage(p -> p > 20));
  }

  @Property(tries = 200)
  void anExclusionOnlyTakesSubjectsOutOfTheNumeratorAndAnExceptionOutOfTheDenominator(
      @ForAll("scenarios") Scenario s, @ForAll("bases") PopulationBase base, @ForAll("rules") CountingRule rule,
      @ForAll("meetings") String meeting, @ForAll boolean complete) {
    MonitoringDataset d = s.builder().factsComplete(complete).build();
    CountingRule plain = CountingRule.of(rule.condition());
    Evaluation without = evaluate(indicator(base, plain), d, meeting);
    Evaluation with = evaluate(indicator(base, rule), d, meeting);
    assertEquals(codes(without.initialPopulation()), codes(with.initialPopulation()));
    assertTrue(without.numeratorCodes().containsAll(with.numeratorCodes()), without + " then " + with);
    assertTrue(codes(without.denominator()).containsAll(codes(with.denominator())), without + " then " + with);
    if (rule.numeratorExclusion().isPresent() && rule.denominatorException().isEmpty()) {
      assertEquals(codes(without.denominator()), codes(with.denominator()));
    }
    if (rule.denominatorException().isPresent() && rule.numeratorExclusion().isEmpty()) {
      assertEquals(without.numeratorCodes(), with.numeratorCodes());
    }
    Set<String> removed = new TreeSet<>(without.numeratorCodes());
    removed.removeAll(with.numeratorCodes());
    assertEquals(removed, codes(with, PopulationCode.NUMERATOR_EXCLUSION));
    Statistics.label("taken out of the numerator").collect(!removed.isEmpty());
    Statistics.label("taken out of the denominator").collect(with.denominator().size() < without.denominator().size());
    Statistics.label("taken out of the numerator").coverage(c -> c.check(true).percentage(p -> p > 5));
    Statistics.label("taken out of the denominator").coverage(c -> c.check(true).percentage(p -> p > 5));
  }

  @Property(tries = 300)
  void underEveryRuleTheNumeratorIsInTheDenominatorAndTheDenominatorInTheInitialPopulation(
      @ForAll("scenarios") Scenario s, @ForAll("bases") PopulationBase base, @ForAll("rules") CountingRule rule,
      @ForAll("meetings") String meeting, @ForAll boolean complete) {
    Evaluation e = evaluate(indicator(base, rule), s.builder().factsComplete(complete).build(), meeting);
    Set<String> initial = codes(e.initialPopulation());
    Set<String> denominator = codes(e.denominator());
    Set<String> numerator = codes(e.numerator());
    Set<String> excluded = codes(e, PopulationCode.NUMERATOR_EXCLUSION);
    Set<String> excepted = codes(e, PopulationCode.DENOMINATOR_EXCEPTION);
    assertTrue(denominator.containsAll(numerator), e.toString());
    assertTrue(initial.containsAll(denominator), e.toString());
    assertTrue(denominator.containsAll(excluded), e.toString());
    assertTrue(excluded.stream().noneMatch(numerator::contains), e.toString());
    assertTrue(excepted.stream().noneMatch(denominator::contains), e.toString());
    assertEquals(initial.size(), denominator.size() + excepted.size() + codes(e.exclusions()).size(), e.toString());
    assertTrue(denominator.containsAll(codes(e.noData())), e.toString());
    Statistics.label("rule").collect(rule.condition().kind());
    Statistics.label("counted").collect(!numerator.isEmpty());
    Statistics.label("counted").coverage(c -> c.check(true).percentage(p -> p > 10));
    Statistics.label("rule").coverage(c -> {
      for (Condition.Kind k : List.of(Condition.Kind.ALL_OF, Condition.Kind.ANY_OF, Condition.Kind.NONE_OF,
          Condition.Kind.AT_LEAST)) {
        c.check(k).percentage(p -> p > 10);
      }
    });
  }

  /** The codes of the subjects of population {@code code}, none where the evaluation does not have it. */
  private static Set<String> codes(Evaluation e, PopulationCode code) {
    return new TreeSet<>(e.population(code).map(PopulationResult::subjectCodes).orElse(ImmutableList.of()));
  }

  private static Set<String> codes(List<SubjectEntry> entries) {
    return entries.stream().map(SubjectEntry::subject).collect(Collectors.toCollection(TreeSet::new));
  }
}
