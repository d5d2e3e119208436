package org.ccmkit.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.ccmkit.indicators.population.BasePopulation;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.EvaluationStatus;
import org.ccmkit.indicators.result.PopulationResult;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.indicators.testkit.DomainArbitraries;
import org.ccmkit.indicators.testkit.DomainArbitraries.Scenario;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.state.PartyBasis;

/**
 * The parts of an evaluation built when first read (each subject's entry: reasons, facts, unmet elements) are values
 * like the rest: two evaluations of the same inputs are equal and hash alike whether or not either's entries have been
 * read, and the entries read from several threads at once are the ones a single thread reads, built once.
 */
@StatisticsReport(onFailureOnly = true)
class LazyExplanationProperties {

  private static final IndicatorEvaluator EVALUATOR = DomainArbitraries.EVALUATOR;
  private static ExecutorService pool;

  @BeforeContainer
  static void startPool() {
    pool = Executors.newFixedThreadPool(4);
  }

  @AfterContainer
  static void stopPool() {
    pool.shutdown();
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return ReportingScenarios.scenarios();
  }

  @Provide
  Arbitrary<Indicator> indicators() {
    return DomainArbitraries.indicators();
  }

  @Provide
  Arbitrary<String> meetings() {
    return DomainArbitraries.meetings();
  }

  /** Every entry of every population, each read in full. */
  private static List<List<SubjectEntry>> readAll(Evaluation e) {
    List<List<SubjectEntry>> all = new ArrayList<>();
    for (PopulationResult p : e.populations()) {
      for (SubjectEntry s : p.subjects()) {
        s.reasons().forEach(r -> r.text().length());
        s.facts().size();
        s.unmetElements().size();
      }
      all.add(p.subjects());
    }
    return all;
  }

  private static void label(Evaluation e) {
    int subjects = e.populations().stream().mapToInt(PopulationResult::count).sum();
    Statistics.label("computed, with subjects").collect(e.status() == EvaluationStatus.COMPUTED && subjects > 0);
    Statistics.label("computed, with subjects").coverage(c -> c.check(true).percentage(p -> p > 30));
  }

  @Property(tries = 150)
  void anEvaluationWhoseEntriesWereReadEqualsOneWhoseWereNot(@ForAll("scenarios") Scenario s,
      @ForAll("indicators") Indicator i, @ForAll("meetings") String meeting) {
    Evaluation read = EVALUATOR.evaluate(i, s.dataset(), Fixtures.cycle(meeting));
    Evaluation unread = EVALUATOR.evaluate(i, s.dataset(), Fixtures.cycle(meeting));
    label(read);
    readAll(read);
    assertEquals(read.hashCode(), unread.hashCode());
    assertEquals(read, unread);
    assertEquals(unread, read);
  }

  /**
   * An evaluation keeps its populations deferred until they are read; its copy by a builder has them made. The two are
   * one value, whichever is read first, and the deferred one makes its population results once.
   */
  @Property(tries = 100)
  void anEvaluationWithItsPopulationsDeferredEqualsItsCopyWithThemMade(@ForAll("scenarios") Scenario s,
      @ForAll("indicators") Indicator i, @ForAll("meetings") String meeting) {
    Evaluation deferred = EVALUATOR.evaluate(i, s.dataset(), Fixtures.cycle(meeting));
    Evaluation other = EVALUATOR.evaluate(i, s.dataset(), Fixtures.cycle(meeting));
    label(other);
    Evaluation made = Evaluation.builder().from(other).build();
    assertEquals(made, deferred);
    assertEquals(made.hashCode(), deferred.hashCode());
    assertEquals(other, made);
    assertSame(deferred.populations(), deferred.populations());
    assertEquals(readAll(made), readAll(deferred));
  }

  @Property(tries = 60)
  void entriesReadFromSeveralThreadsAtOnceAreThoseOneThreadReads(@ForAll("scenarios") Scenario s,
      @ForAll("indicators") Indicator i, @ForAll("meetings") String meeting) throws Exception {
    Evaluation reference = EVALUATOR.evaluate(i, s.dataset(), Fixtures.cycle(meeting));
    List<List<SubjectEntry>> expected = readAll(reference);
    Evaluation shared = EVALUATOR.evaluate(i, s.dataset(), Fixtures.cycle(meeting));
    label(shared);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<List<SubjectEntry>>>> reads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      reads.add(pool.submit(() -> {
        start.await();
        return readAll(shared);
      }));
    }
    start.countDown();
    List<List<SubjectEntry>> first = reads.get(0).get();
    assertEquals(expected, first);
    for (Future<List<List<SubjectEntry>>> r : reads) {
      List<List<SubjectEntry>> got = r.get();
      for (int p = 0; p < got.size(); p++) {
        assertSame(first.get(p), got.get(p), "population " + p + " built once, the same list for every thread");
      }
    }
  }

  @Property(tries = 30)
  void aNarrowedRuleIsTheSameWordsFromEveryThread(@ForAll("scenarios") Scenario s, @ForAll("meetings") String meeting)
      throws Exception {
    BasePopulation base = BasePopulation.of(PopulationBase.STATES_PARTIES, PartyBasis.INSTRUMENT_DEPOSITED,
        s.dataset(), Fixtures.cycle(meeting), java.util.Optional.empty());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> reads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      reads.add(pool.submit(() -> {
        start.await();
        return base.narrowedTo(DomainArbitraries.DONOR);
      }));
    }
    start.countDown();
    String first = reads.get(0).get();
    assertEquals(base.rule() + ", narrowed to those reporting " + DomainArbitraries.DONOR, first);
    for (Future<String> r : reads) {
      assertSame(first, r.get());
    }
    assertSame(first, base.narrowedTo(DomainArbitraries.DONOR));
  }
}
