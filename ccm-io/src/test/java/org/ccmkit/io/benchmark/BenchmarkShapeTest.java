package org.ccmkit.io.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccmkit.indicators.IndicatorEvaluator;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.EvaluationStatus;
import org.ccmkit.io.Catalogues;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.obligation.Clearance;
import org.ccmkit.model.obligation.Retention;
import org.ccmkit.model.obligation.VictimAssistance;
import org.ccmkit.model.plan.ActionPlan;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.Vocabulary;
import org.ccmkit.model.state.PartyBasis;
import org.junit.jupiter.api.Test;

/**
 * The benchmark measures what {@code BENCHMARKS.md} says: the whole shipped Vientiane Capital Action Plan over the
 * published record's register with generated facts, and datasets of the stated sizes.
 */
class BenchmarkShapeTest {

  private static final ActionPlan PLAN = Catalogues.vientianeCapital();
  private static final Vocabulary VOCABULARY = Catalogues.dataElements();

  @Test
  void thePlanIsTheWholeVientianeCapitalActionPlan() {
    assertEquals("VCAP", PLAN.id());
    assertEquals(43, PLAN.actions().size());
    assertEquals(113, PLAN.indicators().size());
    assertEquals(10, PLAN.areas().size());
  }

  @Test
  void theFactsCoverEveryDataElementAndQualifierThePlanUses() {
    List<String> state = BenchmarkDatasets.stateElements(PLAN);
    List<String> request = BenchmarkDatasets.requestElements(PLAN);
    Set<String> generated = new HashSet<>(state);
    generated.addAll(request);
    assertEquals(state.size() + request.size(), generated.size(), "State and request elements overlap");
    for (Indicator i : PLAN.indicators()) {
      i.dataElements().forEach(k -> assertTrue(generated.contains(k), i.id() + " uses " + k + ", which no fact reports"));
      i.population().qualifier().filter(q -> !q.endsWith(".extension-request"))
          .ifPresent(q -> assertTrue(generated.contains(q), i.id() + " is qualified by " + q + ", which no fact reports"));
    }
    assertEquals(117, state.size());
    assertEquals(4, request.size());
  }

  @Test
  void theRealSizedDatasetIsThePublishedRecordWithFiveCycles() {
    MonitoringDataset d = BenchmarkDatasets.realSized(PLAN, VOCABULARY, 0.5);
    assertEquals(125, d.register().standings().size());
    assertEquals(112, d.register().statesParties(LocalDate.of(2026, 6, 30), PartyBasis.INSTRUMENT_DEPOSITED).size());
    assertEquals(List.of("10MSP", "11MSP", "12MSP", "13MSP", "3RC"),
        d.cycles().stream().map(ReportingCycle::meeting).toList());
    assertEquals(10, d.obligations().stream().filter(o -> o instanceof Clearance).count());
    assertEquals(12, d.obligations().stream().filter(o -> o instanceof VictimAssistance).count());
    assertEquals(10, d.obligations().stream().filter(o -> o instanceof Retention).count());
    assertEquals(13, d.extensionRequests().size());
    assertTrue(d.publishedValues().size() > 0);
  }

  @Test
  void theRealSizedDatasetHasTheDocumentedFactsTypedAsTheVocabularySays() {
    int full = 5 * 125 * BenchmarkDatasets.stateElements(PLAN).size()
        + 13 * BenchmarkDatasets.requestElements(PLAN).size();
    assertEquals(73_177, full);
    assertEquals(full, BenchmarkDatasets.realSized(PLAN, VOCABULARY, 1.0).facts().size());
    MonitoringDataset d = BenchmarkDatasets.realSized(PLAN, VOCABULARY, 0.5);
    assertEquals(36_599, d.facts().size());
    for (Fact f : d.facts()) {
      assertEquals(VOCABULARY.element(f.element()).get().valueType(), f.value().type(), f.toString());
    }
    Set<String> reported13 = d.facts().stream().filter(f -> f.cycle().equals("13MSP")).map(Fact::element)
        .collect(Collectors.toSet());
    assertEquals(new HashSet<>(BenchmarkDatasets.stateElements(PLAN)),
        reported13.stream().filter(k -> !BenchmarkDatasets.requestElements(PLAN).contains(k))
            .collect(Collectors.toSet()));
  }

  @Test
  void onTheRealSizedDatasetEveryIndicatorIsComputedButThoseTheRecordGivesNoPopulation() {
    MonitoringDataset d = BenchmarkDatasets.realSized(PLAN, VOCABULARY, 0.5);
    ImmutableList<Evaluation> evaluations =
        IndicatorEvaluator.of(VOCABULARY).evaluatePlan(PLAN, d, d.cycle("13MSP").get());
    assertEquals(113, evaluations.size());
    Map<EvaluationStatus, List<String>> byStatus = evaluations.stream().collect(Collectors.groupingBy(
        Evaluation::status, Collectors.mapping(e -> e.indicator().id(), Collectors.toList())));
    // A percentage without a population.
    assertEquals(List.of("VCAP-3.e"), byStatus.get(EvaluationStatus.NOT_EVALUABLE));
    // The record establishes no Article 3 stockpile destruction obligation, no completed clearance and no Article 3
    // extension request, so these populations are empty.
    assertEquals(List.of("VCAP-13.a", "VCAP-13.b", "VCAP-14.a", "VCAP-15.a", "VCAP-15.b", "VCAP-25.a", "VCAP-25.b"),
        byStatus.get(EvaluationStatus.NO_DATA));
    assertEquals(105, byStatus.get(EvaluationStatus.COMPUTED).size());
  }

  @Test
  void theBenchmarksPlainBitsetLoopCountsEveryIndicatorAsCcmkitDoesInEveryCycle() {
    MonitoringDataset d = BenchmarkDatasets.realSized(PLAN, VOCABULARY, 0.5);
    IndicatorEvaluator evaluator = IndicatorEvaluator.of(VOCABULARY);
    for (ReportingCycle cycle : d.cycles()) {
      ImmutableList<Evaluation> evaluations = evaluator.evaluatePlan(PLAN, d, cycle);
      PlanCounts input = PlanCounts.of(PLAN, d, cycle, evaluations);
      assertEquals(108, input.indicators.size(), cycle.meeting());
      int[] expected = input.ofEvaluations(evaluations);
      input.checkEqual("the bitset loop", expected, new BitsetCounts(input).count());
      assertTrue(java.util.Arrays.stream(expected).sum() > 0);
    }
  }

  @Test
  void theGeneratedDatasetHas200StatesAnd20Cycles() {
    MonitoringDataset d = BenchmarkDatasets.generated(PLAN, VOCABULARY, 200, 20, 0.5, 200L);
    assertEquals(200, d.register().standings().size());
    assertEquals(20, d.cycles().size());
    assertEquals(233_802, d.facts().size());
  }

  @Test
  void theScalingDatasetsHaveAtLeastTheirFactsAndOneStateMoreThanNeeded() {
    int perState = BenchmarkDatasets.GENERATED_CYCLES * BenchmarkDatasets.stateElements(PLAN).size();
    for (int facts : new int[] {10_000, 100_000, 1_000_000, 10_000_000}) {
      int states = BenchmarkDatasets.statesFor(PLAN, facts);
      assertTrue(states * perState >= facts && (states - 1) * perState < facts, facts + ": " + states + " States");
    }
    assertEquals(5, BenchmarkDatasets.statesFor(PLAN, 10_000));
    assertEquals(43, BenchmarkDatasets.statesFor(PLAN, 100_000));
    assertEquals(428, BenchmarkDatasets.statesFor(PLAN, 1_000_000));
    assertEquals(4_274, BenchmarkDatasets.statesFor(PLAN, 10_000_000));
    // The 10^7 dataset's register: 4,274 States, each code once (the generated codes run past the X and Y blocks).
    assertEquals(4_274, BenchmarkDatasets.generated(PLAN, VOCABULARY, 4_274, 1, 0.0, 1L).register().byCode().size());
    // The 10^6 dataset takes seconds to build; the two smaller ones show the facts are those counted above.
    for (int facts : new int[] {10_000, 100_000}) {
      MonitoringDataset d = BenchmarkDatasets.scaling(PLAN, VOCABULARY, facts);
      assertEquals(BenchmarkDatasets.statesFor(PLAN, facts), d.register().standings().size());
      assertEquals(d.register().standings().size() * perState
          + d.extensionRequests().size() * BenchmarkDatasets.requestElements(PLAN).size(), d.facts().size());
    }
  }
}
