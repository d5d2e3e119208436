package org.ccmkit.io.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.ccmkit.indicators.IndicatorEvaluator;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.population.PlanPeriod;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.EvaluationStatus;
import org.ccmkit.io.Catalogues;
import org.ccmkit.io.benchmark.BenchmarkDatasets;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.plan.Action;
import org.ccmkit.model.plan.ActionPlan;
import org.ccmkit.model.plan.Condition;
import org.ccmkit.model.plan.CountingRule;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.Vocabulary;
import org.junit.jupiter.api.Test;

/**
 * A plan's indicators are prepared once for a cycle of a dataset and kept in the dataset's memo (what does not depend
 * on the counting: feasibility, printed figures, the elements' facts, qualifier, exemptions, rule in words). Kept or
 * not, the evaluations are the same: a plan evaluated again equals its indicators evaluated one by one (which prepares
 * each anew) and its evaluation on a copy of the dataset with an empty memo; from four threads at once; and after
 * another vocabulary, another plan, another plan period or another cycle has been evaluated on the same dataset, none
 * is served what was prepared for the other; nor is a plan whose indicator has another printed baseline or another
 * counting rule over the same data elements (the prepared indicator holds its known printed baseline and, for an
 * all-of rule, its elements' affirming subjects intersected).
 */
class PreparedPlansTest {

  private static final ActionPlan PLAN = Catalogues.vientianeCapital();
  private static final Vocabulary VOCABULARY = Catalogues.dataElements();
  private static final MonitoringDataset DATASET = BenchmarkDatasets.realSized(PLAN, VOCABULARY, 0.5);

  /** A copy of {@link #DATASET} with an empty memo: nothing prepared. */
  private static MonitoringDataset freshCopy() {
    return MonitoringDataset.builder().from(DATASET).build();
  }

  @Test
  void aPlanEvaluatedAgainEqualsItsIndicatorsEvaluatedOneByOne() {
    MonitoringDataset dataset = freshCopy();
    IndicatorEvaluator evaluator = IndicatorEvaluator.of(VOCABULARY);
    // One by one, with the plan's period, as evaluatePlan gives it: no prepared plan is read or kept.
    IndicatorEvaluator single = IndicatorEvaluator.builder().vocabulary(VOCABULARY).planPeriod(PlanPeriod.of(PLAN))
        .build();
    for (ReportingCycle cycle : dataset.cycles()) {
      ImmutableList<Evaluation> first = evaluator.evaluatePlan(PLAN, dataset, cycle);
      ImmutableList<Evaluation> again = evaluator.evaluatePlan(PLAN, dataset, cycle);
      assertEquals(first, again, cycle.meeting());
      assertEquals(PLAN.indicators().size(), again.size());
      for (int i = 0; i < again.size(); i++) {
        assertEquals(single.evaluate(PLAN.indicators().get(i), dataset, cycle), again.get(i),
            PLAN.indicators().get(i).id() + " in " + cycle.meeting());
      }
    }
  }

  @Test
  void fourThreadsEvaluatingEveryCycleAtOnceGetWhatOneThreadGetsOnAnEmptyMemo() throws Exception {
    IndicatorEvaluator evaluator = IndicatorEvaluator.of(VOCABULARY);
    MonitoringDataset reference = freshCopy();
    List<ImmutableList<Evaluation>> expected = new ArrayList<>();
    for (ReportingCycle cycle : reference.cycles()) {
      expected.add(evaluator.evaluatePlan(PLAN, reference, cycle));
    }
    MonitoringDataset shared = freshCopy();
    List<ReportingCycle> cycles = shared.cycles();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<ImmutableList<Evaluation>>>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          start.await();
          // Each thread goes through the cycles from another one, three times: holders are made and read at once.
          List<ImmutableList<Evaluation>> got = new ArrayList<>();
          for (int i = 0; i < 3 * cycles.size(); i++) {
            got.add(evaluator.evaluatePlan(PLAN, shared, cycles.get((offset + i) % cycles.size())));
          }
          return got;
        }));
      }
      start.countDown();
      for (int t = 0; t < 4; t++) {
        List<ImmutableList<Evaluation>> got = results.get(t).get();
        for (int i = 0; i < got.size(); i++) {
          assertEquals(expected.get((t + i) % cycles.size()), got.get(i), "thread " + t + ", evaluation " + i);
        }
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void anotherVocabularyPlanPeriodOrCycleOnTheSameDatasetIsPreparedAnew() {
    MonitoringDataset dataset = freshCopy();
    ReportingCycle cycle = dataset.cycle("13MSP").orElseThrow();
    ReportingCycle earlier = dataset.cycle("12MSP").orElseThrow();
    // A vocabulary without the first data element of the plan: every indicator of that element is not evaluable.
    Indicator withElements = PLAN.indicators().stream().filter(i -> !i.dataElements().isEmpty()).findFirst()
        .orElseThrow();
    String dropped = withElements.dataElements().get(0);
    Vocabulary without = Vocabulary.of(VOCABULARY.elements().stream().filter(e -> !e.key().equals(dropped))
        .toList());
    IndicatorEvaluator full = IndicatorEvaluator.of(VOCABULARY);
    IndicatorEvaluator lacking = IndicatorEvaluator.of(without);
    IndicatorEvaluator none = IndicatorEvaluator.of();
    // The first five actions: another indicator list, whose first indicators are the plan's.
    ActionPlan part = ActionPlan.builder().from(PLAN).actions(PLAN.actions().subList(0, 5)).build();

    ImmutableList<Evaluation> fullFirst = full.evaluatePlan(PLAN, dataset, cycle);
    ImmutableList<Evaluation> lackingOnce = lacking.evaluatePlan(PLAN, dataset, cycle);
    ImmutableList<Evaluation> noneOnce = none.evaluatePlan(PLAN, dataset, cycle);
    ImmutableList<Evaluation> partOnce = full.evaluatePlan(part, dataset, cycle);
    ImmutableList<Evaluation> earlierOnce = full.evaluatePlan(PLAN, dataset, earlier);
    // The same indicators over a plan period three years longer: another list and another period, prepared anew.
    ActionPlan longer = ActionPlan.builder().from(PLAN).periodStart(PLAN.periodStart() - 3).build();
    ImmutableList<Evaluation> longerOnce = full.evaluatePlan(longer, dataset, cycle);
    ImmutableList<Evaluation> fullAgain = full.evaluatePlan(PLAN, dataset, cycle);

    int index = PLAN.indicators().indexOf(withElements);
    assertEquals(EvaluationStatus.NOT_EVALUABLE, lackingOnce.get(index).status(), withElements.id());
    assertNotEquals(fullFirst.get(index), lackingOnce.get(index), withElements.id());
    assertEquals(lacking.evaluatePlan(PLAN, freshCopy(), cycle), lackingOnce);
    assertEquals(none.evaluatePlan(PLAN, freshCopy(), cycle), noneOnce);
    assertEquals(full.evaluatePlan(part, freshCopy(), cycle), partOnce);
    assertEquals(part.indicators().size(), partOnce.size());
    assertEquals(full.evaluatePlan(PLAN, freshCopy(), earlier), earlierOnce);
    assertEquals(full.evaluatePlan(longer, freshCopy(), cycle), longerOnce);
    assertEquals(fullFirst, fullAgain);
  }

  @Test
  void moreEvaluatorsTakingTurnsThanTheListsKeptEachGetTheirOwnEvaluations() {
    // Six vocabularies, each without another of the plan's data elements: more than a holder keeps, taking turns.
    List<String> keys = PLAN.indicators().stream().flatMap(i -> i.dataElements().stream()).distinct().limit(6)
        .toList();
    List<IndicatorEvaluator> evaluators = keys.stream().map(k -> IndicatorEvaluator.of(Vocabulary.of(
        VOCABULARY.elements().stream().filter(e -> !e.key().equals(k)).toList()))).toList();
    MonitoringDataset dataset = freshCopy();
    ReportingCycle cycle = dataset.cycle("13MSP").orElseThrow();
    List<ImmutableList<Evaluation>> expected = evaluators.stream()
        .map(e -> e.evaluatePlan(PLAN, freshCopy(), cycle)).toList();
    for (int round = 0; round < 3; round++) {
      for (int e = 0; e < evaluators.size(); e++) {
        assertEquals(expected.get(e), evaluators.get(e).evaluatePlan(PLAN, dataset, cycle),
            "round " + round + ", the vocabulary without " + keys.get(e));
      }
      // Two taking turns, which the holder keeps both of.
      assertEquals(expected.get(0), evaluators.get(0).evaluatePlan(PLAN, dataset, cycle));
      assertEquals(expected.get(1), evaluators.get(1).evaluatePlan(PLAN, dataset, cycle));
    }
    for (int e = 1; e < expected.size(); e++) {
      assertNotEquals(expected.get(0), expected.get(e), "the vocabulary without " + keys.get(e));
    }
  }

  @Test
  void aPlanWhoseIndicatorHasAnotherBaselineOrCountingRuleIsPreparedAnew() {
    MonitoringDataset dataset = freshCopy();
    ReportingCycle cycle = dataset.cycle("13MSP").orElseThrow();
    IndicatorEvaluator evaluator = IndicatorEvaluator.of(VOCABULARY);
    ImmutableList<Evaluation> original = evaluator.evaluatePlan(PLAN, dataset, cycle);
    // An indicator compared with its printed baseline, and one counted when every one of several elements is met.
    int compared = indexOf(original, e -> e.baseline().isPresent() && e.baseline().get().printed().isPresent());
    int allOf = indexOf(original, e -> e.indicator().dataElements().size() > 1
        && e.indicator().counting().isAllOf(e.indicator().dataElements()) && e.score().isPresent());
    Indicator withBaseline = PLAN.indicators().get(compared);
    Indicator counted = PLAN.indicators().get(allOf);
    ActionPlan noBaseline = replacing(withBaseline,
        i -> Indicator.builder().from(i).baseline(Optional.empty()).build());
    ActionPlan anyOf = replacing(counted, i -> Indicator.builder().from(i).counting(CountingRule.of(Condition.anyOf(
        i.dataElements().stream().map(Condition::element).toList()))).build());

    ImmutableList<Evaluation> noBaselineOnce = evaluator.evaluatePlan(noBaseline, dataset, cycle);
    ImmutableList<Evaluation> anyOfOnce = evaluator.evaluatePlan(anyOf, dataset, cycle);
    assertEquals(evaluator.evaluatePlan(noBaseline, freshCopy(), cycle), noBaselineOnce);
    assertEquals(evaluator.evaluatePlan(anyOf, freshCopy(), cycle), anyOfOnce);
    assertTrue(noBaselineOnce.get(compared).baseline().isEmpty(), withBaseline.id());
    assertNotEquals(original.get(allOf).score(), anyOfOnce.get(allOf).score(), counted.id());
    assertEquals(original, evaluator.evaluatePlan(PLAN, dataset, cycle));
  }

  /** The index of the first of {@code evaluations} that {@code wanted} accepts; the test needs one. */
  private static int indexOf(List<Evaluation> evaluations, Predicate<Evaluation> wanted) {
    for (int i = 0; i < evaluations.size(); i++) {
      if (wanted.test(evaluations.get(i))) {
        return i;
      }
    }
    throw new AssertionError("no evaluation of the plan is the one the test needs");
  }

  /** {@link #PLAN} with {@code indicator} replaced by what {@code change} makes of it, in its place. */
  private static ActionPlan replacing(Indicator indicator, UnaryOperator<Indicator> change) {
    List<Action> actions = PLAN.actions().stream().map(a -> !a.indicators().contains(indicator) ? a
        : Action.builder().from(a).indicators(a.indicators().stream()
            .map(i -> i.equals(indicator) ? change.apply(i) : i).toList()).build()).toList();
    return ActionPlan.builder().from(PLAN).actions(actions).build();
  }
}
