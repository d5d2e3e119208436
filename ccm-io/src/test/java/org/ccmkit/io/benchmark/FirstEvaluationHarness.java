package org.ccmkit.io.benchmark;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.ccmkit.indicators.IndicatorEvaluator;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.io.Catalogues;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.plan.ActionPlan;

/**
 * What the first evaluation of a dataset costs, beside the ones after it, which {@link PlanEvaluationBenchmark}
 * measures: the first {@code evaluatePlan} of a dataset computes the base populations the plan needs for the cycle
 * (once per dataset, rule and cycle, then kept in the dataset's memo), the ones after it read them. With the code
 * compiled (20,000 evaluations of one copy of the real-sized dataset and the first evaluations of 500 more), it builds {@code runs} fresh copies (each with its own
 * memo and its fact index built beforehand) and times, and counts the bytes allocated by, the first and the second
 * evaluation of the whole VCAP for the 13MSP cycle of each, printing the medians. A plain harness, not JMH: {@code java
 * -Xmx2g -cp ... org.ccmkit.io.benchmark.FirstEvaluationHarness 50}.
 */
public final class FirstEvaluationHarness {

  private FirstEvaluationHarness() {}

  /** Runs the harness. */
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    IndicatorEvaluator evaluator = IndicatorEvaluator.of(Catalogues.dataElements());
    ActionPlan plan = Catalogues.vientianeCapital();
    MonitoringDataset dataset = BenchmarkDatasets.realSized(plan, Catalogues.dataElements(), 0.5);
    ReportingCycle cycle = dataset.cycle("13MSP").orElseThrow();
    // Both paths compiled: the first evaluation of a dataset runs once per copy, so it is warmed on many copies.
    for (int i = 0; i < 20_000; i++) {
      evaluator.evaluatePlan(plan, dataset, cycle);
    }
    for (int i = 0; i < 500; i++) {
      MonitoringDataset copy = MonitoringDataset.builder().from(dataset).build();
      copy.factIndex();
      evaluator.evaluatePlan(plan, copy, cycle);
    }
    long[] firstNanos = new long[runs];
    long[] firstBytes = new long[runs];
    long[] secondNanos = new long[runs];
    long[] secondBytes = new long[runs];
    for (int r = 0; r < runs; r++) {
      MonitoringDataset copy = MonitoringDataset.builder().from(dataset).build();
      copy.factIndex();
      for (int pass = 0; pass < 2; pass++) {
        long bytes = allocated();
        long start = System.nanoTime();
        evaluator.evaluatePlan(plan, copy, cycle);
        long nanos = System.nanoTime() - start;
        bytes = allocated() - bytes;
        (pass == 0 ? firstNanos : secondNanos)[r] = nanos;
        (pass == 0 ? firstBytes : secondBytes)[r] = bytes;
      }
    }
    System.out.printf("first evaluatePlan of a dataset: %.0f us, %d bytes (medians of %d)%n",
        median(firstNanos) / 1e3, median(firstBytes), runs);
    System.out.printf("the second: %.0f us, %d bytes%n", median(secondNanos) / 1e3, median(secondBytes));
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /** {@return the bytes this thread has allocated so far} */
  private static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
  }
}
