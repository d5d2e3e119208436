package org.ccmkit.indicators.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import org.ccmkit.indicators.IndicatorEvaluator;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.EvaluationStatus;
import org.ccmkit.model.plan.ActionPlan;
import org.ccmkit.model.state.PartyBasis;
import org.junit.jupiter.api.Test;

/** The benchmark measures what it says: a VCAP-shaped plan over a dataset shaped like the real one. */
class BenchmarkShapeTest {

  @Test
  void thePlanHasTheVcapsShape() {
    ActionPlan plan = VcapShapedPlan.plan();
    assertEquals(43, plan.actions().size());
    assertEquals(130, plan.indicators().size());
    assertEquals(10, plan.areas().size());
    assertTrue(plan.actions().stream().allMatch(a -> !a.indicators().isEmpty()));
  }

  @Test
  void theRealSizedDatasetHas112StatesPartiesAndFiveCycles() {
    ActionPlan plan = VcapShapedPlan.plan();
    MonitoringDataset d = BenchmarkDatasets.realSized(plan, 0.5);
    assertEquals(5, d.cycles().size());
    assertEquals(112, d.register().statesParties(d.cycle("3RC").get().date(), PartyBasis.INSTRUMENT_DEPOSITED).size());
    Map<EvaluationStatus, Long> statuses = IndicatorEvaluator.of().evaluatePlan(plan, d, d.cycle("13MSP").get())
        .stream().collect(Collectors.groupingBy(Evaluation::status, Collectors.counting()));
    // Only the percentage without a population is not evaluable; the empty Article 3 populations have no data.
    assertEquals(1L, statuses.get(EvaluationStatus.NOT_EVALUABLE));
    assertTrue(statuses.get(EvaluationStatus.EVALUATED) >= 120, statuses.toString());
  }
}
