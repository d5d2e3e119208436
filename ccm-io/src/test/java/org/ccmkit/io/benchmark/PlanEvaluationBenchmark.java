package org.ccmkit.io.benchmark;

import com.google.common.collect.ImmutableList;
import java.util.concurrent.TimeUnit;
import org.ccmkit.indicators.IndicatorEvaluator;
import org.ccmkit.indicators.data.FactIndex;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.report.ProgressReport;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.PopulationResult;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.io.Catalogues;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.plan.ActionPlan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cost of evaluating the whole draft Vientiane Capital Action Plan as shipped ({@link Catalogues#vientianeCapital()}:
 * 43 actions, 113 indicators) with the shipped vocabulary ({@link Catalogues#dataElements()}): for one cycle of the
 * real-sized dataset (the published record's register of 125 participants, 112 States Parties, 5 cycles), for every
 * cycle of a generated dataset of 200 States × 20 cycles, and for every cycle of generated datasets of 10^4, 10^5,
 * 10^6 and 10^7 facts, to show how the cost grows with the facts. Run with the command in {@code
 * ccm-io/BENCHMARKS.md}; never run by the tests.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xmx8g", "-Xmn128m"})
public class PlanEvaluationBenchmark {

  private static final IndicatorEvaluator EVALUATOR = IndicatorEvaluator.of(Catalogues.dataElements());

  /** The real-sized dataset: every State reports each of the plan's data elements in each cycle with probability 0.5. */
  @State(Scope.Benchmark)
  public static class RealSized {
    ActionPlan plan;
    MonitoringDataset dataset;
    ReportingCycle cycle;

    @Setup(Level.Trial)
    public void setUp() {
      plan = Catalogues.vientianeCapital();
      dataset = BenchmarkDatasets.realSized(plan, Catalogues.dataElements(), 0.5);
      dataset.factIndex();
      cycle = dataset.cycle("13MSP").orElseThrow();
      System.out.println("real-sized: " + BenchmarkDatasets.describe(dataset) + "; plan " + plan.id() + ", "
          + plan.actions().size() + " actions, " + plan.indicators().size() + " indicators");
    }
  }

  /** 200 States × 20 cycles, half the elements reported. */
  @State(Scope.Benchmark)
  public static class Generated {
    ActionPlan plan;
    MonitoringDataset dataset;

    @Setup(Level.Trial)
    public void setUp() {
      plan = Catalogues.vientianeCapital();
      dataset = BenchmarkDatasets.generated(plan, Catalogues.dataElements(), 200, 20, 0.5, 200L);
      dataset.factIndex();
      System.out.println("generated: " + BenchmarkDatasets.describe(dataset));
    }
  }

  /** 20 cycles, every element reported, as many States as give at least {@code facts} State facts. */
  @State(Scope.Benchmark)
  public static class Scaling {
    @Param({"10000", "100000", "1000000", "10000000"})
    public int facts;

    ActionPlan plan;
    MonitoringDataset dataset;

    @Setup(Level.Trial)
    public void setUp() {
      plan = Catalogues.vientianeCapital();
      dataset = BenchmarkDatasets.scaling(plan, Catalogues.dataElements(), facts);
      dataset.factIndex();
      System.out.println("scaling: " + BenchmarkDatasets.describe(dataset));
    }
  }

  /**
   * The inputs of the same counts for the plain bitset loop, and the loop: built from the real-sized dataset's 13MSP
   * cycle, and checked before any timing to give, indicator by indicator, ccmkit's denominators and numerators.
   */
  @State(Scope.Benchmark)
  public static class BitsetLoop {
    PlanCounts input;
    int[] expected;
    BitsetCounts loop;

    @Setup(Level.Trial)
    public void setUp(RealSized r) {
      ImmutableList<Evaluation> evaluations = EVALUATOR.evaluatePlan(r.plan, r.dataset, r.cycle);
      input = PlanCounts.of(r.plan, r.dataset, r.cycle, evaluations);
      expected = input.ofEvaluations(evaluations);
      loop = new BitsetCounts(input);
      input.checkEqual("the bitset loop", expected, loop.count());
      System.out.println("side by side: " + input.indicators.size() + " indicators counted, equal in ccmkit and the "
          + "bitset loop");
    }
  }

  /** The same counts in DuckDB (the {@code duckdb} profile), checked against ccmkit's and the loop's before timing. */
  @State(Scope.Benchmark)
  public static class DuckDb {
    DuckDbCounts duckdb;

    @Setup(Level.Trial)
    public void setUp(BitsetLoop b) throws java.sql.SQLException {
      duckdb = new DuckDbCounts(b.input);
      b.input.checkEqual("DuckDB", b.expected, duckdb.count());
      System.out.println("side by side: equal in DuckDB too");
    }

    @org.openjdk.jmh.annotations.TearDown(Level.Trial)
    public void tearDown() throws java.sql.SQLException {
      duckdb.close();
    }
  }

  /** The whole plan (113 indicators) for the 13MSP cycle of the real-sized dataset. Target: under 1 ms. */
  @Benchmark
  public ImmutableList<Evaluation> realSizedPlanOneCycle(RealSized s) {
    return EVALUATOR.evaluatePlan(s.plan, s.dataset, s.cycle);
  }

  /**
   * {@link #realSizedPlanOneCycle} with its explanation read: every subject entry of every population of every
   * evaluation, with its reasons, facts and unmet elements, which {@code evaluatePlan} builds only when first read.
   */
  @Benchmark
  public ImmutableList<Evaluation> realSizedPlanOneCycleExplained(RealSized s, Blackhole bh) {
    ImmutableList<Evaluation> evaluations = EVALUATOR.evaluatePlan(s.plan, s.dataset, s.cycle);
    for (Evaluation e : evaluations) {
      for (PopulationResult p : e.populations()) {
        for (SubjectEntry entry : p.subjects()) {
          bh.consume(entry.reasons());
          bh.consume(entry.facts());
          bh.consume(entry.unmetElements());
          bh.consume(entry.quantity());
        }
      }
    }
    return evaluations;
  }

  /** (b) beside {@link #realSizedPlanOneCycle}: the counts of the same cycle as a plain bitset loop. */
  @Benchmark
  public int[] sideBySideBitsetLoop(BitsetLoop b) {
    return b.loop.count();
  }

  /** (c) beside {@link #realSizedPlanOneCycle}: the counts of the same cycle in DuckDB, prepared, data loaded. */
  @Benchmark
  public int[] sideBySideDuckDb(DuckDb d) throws java.sql.SQLException {
    return d.duckdb.count();
  }

  /** The progress report for the 13MSP cycle: the plan evaluated for it and for the 12MSP cycle. */
  @Benchmark
  public ProgressReport realSizedProgressReport(RealSized s) {
    return EVALUATOR.progressReport(s.plan, s.dataset, s.cycle);
  }

  /** The whole plan for each of the 20 cycles of 200 States. */
  @Benchmark
  public void generatedPlanAllCycles(Generated g, Blackhole bh) {
    for (ReportingCycle c : g.dataset.cycles()) {
      bh.consume(EVALUATOR.evaluatePlan(g.plan, g.dataset, c));
    }
  }

  /** The whole plan for each of the 20 cycles, at 10^4, 10^5, 10^6 and 10^7 facts. */
  @Benchmark
  public void scalingPlanAllCycles(Scaling s, Blackhole bh) {
    for (ReportingCycle c : s.dataset.cycles()) {
      bh.consume(EVALUATOR.evaluatePlan(s.plan, s.dataset, c));
    }
  }

  /** Indexing the facts (done once per dataset, on first use), at 10^4, 10^5, 10^6 and 10^7 facts. */
  @Benchmark
  public FactIndex scalingIndexFacts(Scaling s) {
    return FactIndex.of(s.dataset.facts());
  }
}
