package org.ccmkit.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.ccmkit.indicators.data.Bound;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.FactValue;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.indicators.data.ReportSubmission;
import org.ccmkit.indicators.report.ProgressReport;
import org.ccmkit.indicators.report.Series;
import org.ccmkit.indicators.report.Trend;
import org.ccmkit.indicators.reporting.ReportOutcome;
import org.ccmkit.indicators.reporting.ReportingRate;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.EvaluationStatus;
import org.ccmkit.indicators.result.PublishedComparison;
import org.ccmkit.indicators.result.Score;
import org.ccmkit.indicators.testkit.DomainArbitraries;
import org.ccmkit.indicators.testkit.DomainArbitraries.Scenario;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.obligation.ReportKind;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.state.Standing;

/**
 * What must hold for any data so that the evaluator says only what is known: a bound or a figure of a period is never
 * a trend point; a fact about a State no document names never changes what a document printed; reporting rates stay
 * within their lists; a computed value is its numerator.
 */
@StatisticsReport(onFailureOnly = true)
class HonestyProperties {

  private static final IndicatorEvaluator EVALUATOR = DomainArbitraries.EVALUATOR;

  /** A printed figure: its cycle, value, bound (-1 none), whether it is of a period and has a denominator, source. */
  record Printed(int cycle, int value, int bound, boolean period, boolean denominator, int source) {

    PublishedValue value(String indicator) {
      return PublishedValue.builder().indicator(indicator).cycle(Fixtures.lapCycles().get(cycle).meeting())
          .value(BigDecimal.valueOf(value)).unit(FigureUnit.COUNT)
          .bound(bound < 0 ? Optional.empty() : Optional.of(Bound.values()[bound]))
          .period(period ? Optional.of("10MSP–13MSP") : Optional.empty())
          .denominator(denominator ? Optional.of(BigDecimal.TEN) : Optional.empty())
          .source(DomainArbitraries.SOURCES.get(source)).build();
    }
  }

  @Provide
  Arbitrary<List<Printed>> printed() {
    return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 10),
            Arbitraries.integers().between(-1, 3), Arbitraries.of(true, false), Arbitraries.of(true, false),
            Arbitraries.integers().between(0, DomainArbitraries.SOURCES.size() - 1))
        .as(Printed::new).list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return DomainArbitraries.scenarios();
  }

  @Provide
  Arbitrary<Indicator> populationIndicators() {
    return DomainArbitraries.populationIndicators();
  }

  @Provide
  Arbitrary<String> meetings() {
    return DomainArbitraries.meetings();
  }

  /** The ten affected States Parties of the 13MSP with no facts: every value there is taken from print. */
  private static MonitoringDataset affected(List<PublishedValue> published) {
    return Fixtures.dataset().obligations(Fixtures.affectedClearances()).publishedValues(published).build();
  }

  @Provide
  Arbitrary<List<Integer>> namings() {
    // For each of the ten affected States Parties: 0 no fact, 1 named as doing it, 2 named as not doing it.
    return Arbitraries.integers().between(0, 2).list().ofSize(10);
  }

  @Property(tries = 300)
  void aBoundOrAFigureOfAPeriodNeverBecomesATrendPoint(@ForAll("printed") List<Printed> printed,
      @ForAll("namings") List<Integer> named, @ForAll boolean ofThePeriod) {
    Indicator i = Fixtures.LAP_23_2;
    List<Fact> facts = new ArrayList<>();
    for (int k = 0; k < named.size(); k++) {
      if (named.get(k) > 0) {
        facts.add(Fact.builder().from(Fixtures.reported(Fixtures.AFFECTED_13MSP.get(k), "13MSP",
            DomainArbitraries.GENDER, named.get(k) == 1))
            .period(ofThePeriod ? Optional.of("10MSP–13MSP") : Optional.empty()).build());
      }
    }
    MonitoringDataset d = MonitoringDataset.builder().from(affected(printed.stream().map(p -> p.value(i.id()))
        .toList())).facts(facts).factsComplete(false).build();
    Series s = EVALUATOR.series(i, d);
    for (Evaluation e : s.evaluations()) {
      Statistics.label("shown").collect(e.score().map(x -> (x.isExact() ? "exact " : "bound or period ")
          + e.status()).orElse(e.status().name()));
      if (e.isTrendPoint()) {
        Score score = e.score().get();
        assertTrue(score.bound().isEmpty() && score.period().isEmpty() && score.component().isEmpty(), e.toString());
      } else if (e.score().isPresent()) {
        assertTrue(e.baseline().isEmpty(), "a bound is not set against a baseline: " + e);
      }
      if (e.status() == EvaluationStatus.COMPUTED && !e.noData().isEmpty() && e.score().get().isExact()) {
        // a lower bound made exact only by a count printed for the cycle that it equals
        assertTrue(e.published().stream().anyMatch(p -> p.published().isExact() && p.published().isCycleFigure()
            && p.published().value().compareTo(BigDecimal.valueOf(e.numerator().size())) == 0), e.toString());
      }
    }
    assertTrue(s.trendPoints().stream().allMatch(e -> e.score().get().isExact()));
    ProgressReport report = EVALUATOR.progressReport(DomainArbitraries.planOf(i), d, Fixtures.cycle("13MSP"));
    report.sections().forEach(section -> section.entries().forEach(entry -> {
      if (!entry.evaluation().isTrendPoint()) {
        assertEquals(Trend.NO_DATA, entry.trend(), entry.evaluation().toString());
      }
    }));
    Statistics.label("shown").coverage(c -> {
      c.check("bound or period COMPUTED").percentage(p -> p > 2);
      c.check("bound or period PUBLISHED").percentage(p -> p > 2);
      c.check("exact PUBLISHED").percentage(p -> p > 2);
    });
  }

  @Property(tries = 200)
  void aChangeIsWhoEnteredLessWhoLeft(@ForAll("scenarios") Scenario s, @ForAll("meetings") String meeting) {
    Indicator change = Indicator.builder().id("LAP-10.1").planId("LAP").actionNumber(10)
        .text("The increase in the number of States Parties to the Convention").addUnits(FigureUnit.CHANGE)
        .subject(org.ccmkit.model.plan.SubjectKind.STATES_PARTIES)
        .population(org.ccmkit.model.plan.Population.of(PopulationBase.STATES_PARTIES,
            org.ccmkit.model.state.PartyBasis.INSTRUMENT_DEPOSITED))
        .direction(org.ccmkit.model.plan.Direction.INCREASE).source(SourceRef.of("LAP", "line 231")).build();
    Evaluation e = EVALUATOR.evaluate(change, s.dataset(), Fixtures.cycle(meeting));
    assertEquals(EvaluationStatus.COMPUTED, e.status(), e.toString());
    int left = e.population(org.ccmkit.indicators.result.PopulationCode.LEFT).get().count();
    assertEquals(Optional.of((long) e.numerator().size() - left), e.score().get().change());
    LocalDate before = LocalDate.of(2020, 12, 31);
    LocalDate end = Fixtures.cycle(meeting).date();
    for (var entered : e.numerator()) {
      Standing st = s.dataset().register().standing(entered.subject()).get();
      assertTrue(st.isPartyOn(end, org.ccmkit.model.state.PartyBasis.INSTRUMENT_DEPOSITED)
          && !st.isPartyOn(before, org.ccmkit.model.state.PartyBasis.INSTRUMENT_DEPOSITED), entered.toString());
    }
    Statistics.label("someone entered or left").collect(e.numerator().size() + left > 0);
    Statistics.label("someone entered or left").coverage(c -> c.check(true).percentage(p -> p > 10));
  }

  @Property(tries = 200)
  void aFactAboutAStateNoDocumentNamesNeverChangesAPrintedFigure(@ForAll("scenarios") Scenario s,
      @ForAll("populationIndicators") Indicator i, @ForAll("meetings") String meeting,
      @ForAll("printed") List<Printed> printed, @ForAll boolean affirmative) {
    MonitoringDataset base = s.dataset();
    List<String> subjects = DomainArbitraries.subjects(base.register());
    List<PublishedValue> named = new ArrayList<>();
    for (int k = 0; k < printed.size(); k++) {
      // each printed figure names the first State of the register, as a document naming one of its States
      named.add(PublishedValue.builder().from(printed.get(k).value(i.id())).addStates(subjects.get(0)).build());
    }
    String unnamed = subjects.get(1 + Math.floorMod(printed.size() * 7 + meeting.hashCode(), subjects.size() - 1));
    MonitoringDataset before = MonitoringDataset.builder().from(base).publishedValues(named).build();
    Fact added = Fact.of(unnamed, meeting, i.dataElements().isEmpty() ? DomainArbitraries.GENDER
        : i.dataElements().get(0), FactValue.of(affirmative), SourceRef.of("ART7", "a report"));
    MonitoringDataset after = MonitoringDataset.builder().from(before).addFacts(added).build();
    ReportingCycle cycle = Fixtures.cycle(meeting);
    Evaluation e0 = EVALUATOR.evaluate(i, before, cycle);
    Evaluation e1 = EVALUATOR.evaluate(i, after, cycle);
    assertEquals(e0.published().stream().map(PublishedComparison::published).toList(),
        e1.published().stream().map(PublishedComparison::published).toList());
    Statistics.label("printed shown").collect(e0.status() == EvaluationStatus.PUBLISHED);
    if (e0.status() == EvaluationStatus.PUBLISHED && e1.status() == EvaluationStatus.PUBLISHED) {
      assertEquals(e0.score(), e1.score(), "the printed value shown");
    }
    // Where the facts are not complete and an exact figure printed for the cycle is shown, a fact about a State no
    // document names never replaces it by anything but the same figure.
    MonitoringDataset partial0 = MonitoringDataset.builder().from(before).factsComplete(false).build();
    MonitoringDataset partial1 = MonitoringDataset.builder().from(after).factsComplete(false).build();
    Evaluation p0 = EVALUATOR.evaluate(i, partial0, cycle);
    Evaluation p1 = EVALUATOR.evaluate(i, partial1, cycle);
    // A value shown from print stays shown from print, or becomes an exact figure of the cycle computed from facts
    // (the facts now account for a printed count, or know every member).
    boolean shownFromPrint = p0.status() == EvaluationStatus.PUBLISHED;
    Statistics.label("printed figure shown, facts not complete").collect(shownFromPrint);
    if (shownFromPrint) {
      if (p1.status() == EvaluationStatus.PUBLISHED) {
        assertEquals(p0.score(), p1.score(), p0 + " / " + p1);
      } else {
        assertEquals(EvaluationStatus.COMPUTED, p1.status(), p0 + " / " + p1);
        assertTrue(p1.score().get().isExact(), "only an exact computed figure replaces a printed one: " + p0 + " / "
            + p1);
      }
    }
    Statistics.label("printed figure shown, facts not complete").coverage(c -> c.check(true).percentage(x -> x > 10));
  }

  /** A submission of a generated dataset: the State (index), kind, covered year, how it is known and when. */
  record SubmissionSpec(int state, boolean initial, int coveredYear, int how, int day) {}

  @Provide
  Arbitrary<List<SubmissionSpec>> submissions() {
    return Combinators.combine(Arbitraries.integers().between(0, 200), Arbitraries.of(true, false),
            Arbitraries.integers().between(2019, 2025), Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(0, 6000))
        .as(SubmissionSpec::new).list().ofMaxSize(60);
  }

  @Property(tries = 200)
  void reportingRatesStayWithinTheirLists(@ForAll("scenarios") Scenario s,
      @ForAll("submissions") List<SubmissionSpec> specs, @ForAll boolean complete, @ForAll("meetings") String meeting,
      @ForAll boolean initial) {
    List<Standing> parties = s.register().standings().stream().filter(x -> x.deposit().isPresent()).toList();
    List<ReportSubmission> submissions = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (SubmissionSpec spec : specs) {
      if (parties.isEmpty()) {
        break;
      }
      Standing st = parties.get(spec.state() % parties.size());
      String key = st.state().code() + spec.initial() + spec.coveredYear();
      if (!seen.add(key)) {
        continue;
      }
      LocalDate day = LocalDate.of(2011, 1, 1).plusDays(spec.day());
      var b = ReportSubmission.builder().state(st.state().code())
          .report(spec.initial() ? ReportKind.INITIAL : ReportKind.ANNUAL)
          .coveredYear(spec.initial() ? Optional.empty() : Optional.of(spec.coveredYear()))
          .source(SourceRef.of("ART7", "generated"));
      switch (spec.how()) {
        case 0 -> b.submittedOn(day);
        case 1 -> b.submittedBy(day);
        default -> b.notSubmittedOn(day);
      }
      submissions.add(b.build());
    }
    MonitoringDataset d = MonitoringDataset.builder().from(s.dataset()).submissions(submissions)
        .submissionsComplete(complete).build();
    ReportingRate r = EVALUATOR.reportingRate(d, Fixtures.cycle(meeting),
        initial ? ReportKind.INITIAL : ReportKind.ANNUAL);
    int expected = r.expected().size();
    assertTrue(r.receivedOnTime().size() <= r.received().size() && r.received().size() <= expected, r.toString());
    int partition = 0;
    for (ReportOutcome o : ReportOutcome.values()) {
      partition += r.with(o).size();
    }
    assertEquals(expected, partition, "every expected report has exactly one outcome");
    BigDecimal hundred = BigDecimal.valueOf(100);
    r.rateAtLeast().ifPresent(low -> {
      assertTrue(low.compareTo(r.rateAtMost().get()) <= 0 && r.rateAtMost().get().compareTo(hundred) <= 0);
      assertTrue(r.onTimeRateAtLeast().get().compareTo(low) <= 0, r.toString());
    });
    r.rate().ifPresent(rate -> assertEquals(r.rateAtLeast().get(), rate));
    r.onTimeRate().ifPresent(rate -> assertTrue(rate.compareTo(r.rate().orElse(hundred)) <= 0, r.toString()));
    assertEquals(r.noRecord().isEmpty(), r.rate().isPresent() || expected == 0);
    if (complete) {
      assertTrue(r.noRecord().isEmpty(), "a dataset that records every submission leaves no report unknown");
    }
    Statistics.label("reports").collect(expected == 0 ? "none expected"
        : r.noRecord().isEmpty() ? "exact rate" : "a range");
    Statistics.label("reports").coverage(c -> {
      c.check("exact rate").percentage(p -> p > 20);
      c.check("a range").percentage(p -> p > 20);
    });
  }

  @Property(tries = 300)
  void aComputedValueIsItsNumerator(@ForAll("scenarios") Scenario s, @ForAll("populationIndicators") Indicator i,
      @ForAll("meetings") String meeting, @ForAll boolean complete, @ForAll("printed") List<Printed> printed) {
    // Printed figures too, so that a bound made exact by a count printed for the cycle is reached.
    MonitoringDataset d = MonitoringDataset.builder().from(s.dataset()).factsComplete(complete)
        .publishedValues(printed.stream().map(p -> p.value(i.id())).toList()).build();
    Evaluation e = EVALUATOR.evaluate(i, d, Fixtures.cycle(meeting));
    boolean computed = e.status() == EvaluationStatus.COMPUTED;
    Statistics.label("computed").collect(computed);
    if (computed) {
      Score score = e.score().get();
      assertEquals(Optional.of((long) e.numerator().size()), score.count(), e.toString());
      assertTrue(e.numerator().stream().allMatch(x -> x.isCounted()));
      if (i.headlineUnit() == FigureUnit.COUNT) {
        assertEquals(BigDecimal.valueOf(e.numerator().size()), e.value().get());
      }
      boolean unknownQualifier = e.exclusions().stream().anyMatch(x -> x.facts().isEmpty());
      if (!complete && unknownQualifier) {
        assertTrue(score.percentage().isEmpty() && score.denominator().isEmpty(),
            "no share of a denominator that is not known: " + e);
      } else if (!e.denominator().isEmpty()) {
        assertEquals(Score.percentage(e.numerator().size(), e.denominator().size()), score.percentage().get());
      }
      boolean someUnknown = !complete && (!e.noData().isEmpty() || unknownQualifier);
      boolean closedByPrint = e.reason().filter(r -> r.contains("account for the count printed")).isPresent();
      Statistics.label("closed by print").collect(closedByPrint);
      assertTrue(!score.bound().isPresent() || someUnknown, "a bound only where some member is unknown: " + e);
      assertEquals(someUnknown && !closedByPrint, score.bound().isPresent(),
          "a lower bound exactly when some member is unknown, unless every count printed for the cycle closes it: "
              + e);
      if (closedByPrint) {
        assertTrue(e.published().stream().filter(p -> p.published().isExact() && p.published().isCycleFigure()
            && p.computed().isPresent()).allMatch(p -> p.agreement() == org.ccmkit.indicators.result.Agreement.AGREES),
            e.toString());
      }
      assertTrue(i.population().base() != PopulationBase.NONE);
    }
    Statistics.label("computed").coverage(c -> c.check(true).percentage(p -> p > 15));
  }

  @Property(tries = 200)
  void aLowerBoundClosedByTheCountPrintedForTheCycleIsExactAndStillItsNumerator(
      @ForAll("namings") List<Integer> named) {
    Indicator i = Fixtures.LAP_23_2;
    List<Fact> facts = new ArrayList<>();
    for (int k = 0; k < named.size(); k++) {
      if (named.get(k) > 0) {
        facts.add(Fixtures.reported(Fixtures.AFFECTED_13MSP.get(k), "13MSP", DomainArbitraries.GENDER,
            named.get(k) == 1));
      }
    }
    MonitoringDataset unprinted = MonitoringDataset.builder().from(affected(List.of())).facts(facts)
        .factsComplete(false).build();
    Evaluation bare = EVALUATOR.evaluate(i, unprinted, Fixtures.cycle("13MSP"));
    boolean bound = bare.status() == EvaluationStatus.COMPUTED && bare.score().get().bound().isPresent();
    Statistics.label("a computed lower bound").collect(bound);
    Assume.that(bound);
    long n = bare.score().get().count().get();
    PublishedValue same = PublishedValue.builder().indicator(i.id()).cycle("13MSP").value(BigDecimal.valueOf(n))
        .unit(FigureUnit.COUNT).source(SourceRef.of("RD", "para 1")).build();
    Evaluation closed = EVALUATOR.evaluate(i, MonitoringDataset.builder().from(unprinted)
        .publishedValues(List.of(same)).build(), Fixtures.cycle("13MSP"));
    assertEquals(EvaluationStatus.COMPUTED, closed.status(), closed.toString());
    assertTrue(closed.score().get().isExact() && closed.isTrendPoint(), closed.toString());
    assertEquals(Optional.of((long) closed.numerator().size()), closed.score().get().count());
    assertEquals(bare.numeratorCodes(), closed.numeratorCodes());
    // One more printed count that disagrees keeps the bound a bound.
    PublishedValue other = PublishedValue.builder().from(same).value(BigDecimal.valueOf(n + 1))
        .source(SourceRef.of("UNIDIR", "line 1")).build();
    Evaluation disputed = EVALUATOR.evaluate(i, MonitoringDataset.builder().from(unprinted)
        .publishedValues(List.of(same, other)).build(), Fixtures.cycle("13MSP"));
    assertTrue(disputed.score().map(x -> x.bound().isPresent()).orElse(true), disputed.toString());
  }
}
