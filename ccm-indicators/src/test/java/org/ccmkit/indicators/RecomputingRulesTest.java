package org.ccmkit.indicators;

import static org.ccmkit.indicators.Fixtures.LAP_23_2;
import static org.ccmkit.indicators.Fixtures.cycle;
import static org.ccmkit.indicators.Fixtures.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ccmkit.indicators.data.Bound;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.indicators.data.ReportSubmission;
import org.ccmkit.indicators.data.UnknownPopulation;
import org.ccmkit.indicators.population.PlanPeriod;
import org.ccmkit.indicators.reporting.ReportOutcome;
import org.ccmkit.indicators.reporting.ReportingRate;
import org.ccmkit.indicators.result.Agreement;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.EvaluationStatus;
import org.ccmkit.indicators.result.FlagKind;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.indicators.result.PublishedComparison;
import org.ccmkit.indicators.testkit.DomainArbitraries;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.obligation.ReportKind;
import org.ccmkit.model.plan.Direction;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.Population;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.plan.SubjectKind;
import org.ccmkit.model.plan.ValueType;
import org.ccmkit.model.plan.Vocabulary;
import org.ccmkit.model.state.PartyBasis;
import org.junit.jupiter.api.Test;

/**
 * The rules by which the evaluator says only what is known: a State no source names is unknown, a bound stays a bound,
 * printed figures are chosen by a stated rule and never said to "agree" with nothing, changes list who entered and
 * left, reporting rates list every report, and populations the data cannot compute are unknown, not empty.
 */
class RecomputingRulesTest {

  static final String GENDER = "gender.integrated-in-clearance-planning";
  static final Vocabulary VOCABULARY = Vocabulary.of(ImmutableList.of(
      DomainArbitraries.element(GENDER, ValueType.BOOLEAN),
      DomainArbitraries.element("art3.declaration-of-compliance", ValueType.BOOLEAN),
      DomainArbitraries.element("art7.report-submitted-by-deadline", ValueType.BOOLEAN)));
  static final IndicatorEvaluator EVALUATOR = IndicatorEvaluator.of(VOCABULARY);

  static PublishedValue printed(String cycle, long value, String document, String locator) {
    return PublishedValue.builder().indicator("LAP-23.2").cycle(cycle).value(BigDecimal.valueOf(value))
        .unit(FigureUnit.COUNT).source(SourceRef.of(document, locator)).build();
  }

  /** The ten affected States Parties of the 13MSP, with the facts and printed figures given. */
  static MonitoringDataset affected(boolean factsComplete, List<Fact> facts, PublishedValue... published) {
    return Fixtures.dataset().obligations(Fixtures.affectedClearances()).facts(facts).factsComplete(factsComplete)
        .addPublishedValues(published).build();
  }

  static List<Fact> nineNamed() {
    List<Fact> facts = new ArrayList<>();
    for (String s : Fixtures.AFFECTED_13MSP) {
      if (!s.equals("TCD")) {
        facts.add(reported(s, "13MSP", GENDER, true));
      }
    }
    return facts;
  }

  @Test
  void whereTheFactsNameOnlySomeStatesTheCountIsALowerBound() {
    // The facts name nine of the ten affected States Parties; Chad is not named, and nothing is printed.
    Evaluation e = EVALUATOR.evaluate(LAP_23_2, affected(false, nineNamed()), cycle("13MSP"));
    assertEquals(EvaluationStatus.COMPUTED, e.status());
    assertEquals(Optional.of(Bound.AT_LEAST), e.score().get().bound());
    assertEquals(List.of("TCD"), e.noData().stream().map(s -> s.subject()).toList());
    assertFalse(e.isTrendPoint(), "a bound is no trend point");
    assertEquals(1, e.flags(FlagKind.BOUND).size());
    // The same facts read as complete Article 7 reporting (the ISU's "nine of the ten"): exact.
    Evaluation exact = EVALUATOR.evaluate(LAP_23_2, affected(true, nineNamed()), cycle("13MSP"));
    assertEquals(Optional.empty(), exact.score().get().bound());
    assertTrue(exact.isTrendPoint());
  }

  @Test
  void aLowerBoundThatAccountsForTheCountPrintedForTheCycleIsExact() {
    // UNIDIR: 9 of the 10 affected States Parties; the facts name nine: the nine are all of them.
    MonitoringDataset named = affected(false, nineNamed(), printed("13MSP", 9, "UNIDIR", "line 424"));
    Evaluation e = EVALUATOR.evaluate(LAP_23_2, named, cycle("13MSP"));
    assertEquals(EvaluationStatus.COMPUTED, e.status());
    assertEquals(Optional.empty(), e.score().get().bound());
    assertTrue(e.isTrendPoint());
    assertEquals(Agreement.AGREES, e.published().get(0).agreement());
    assertTrue(e.reason().get().contains("account for the count printed for the cycle, 9 [UNIDIR line 424]"),
        e.reason().get());
  }

  @Test
  void aLowerBoundIsNotMadeExactByOneDocumentWhileAnotherPrintsADifferentCount() {
    MonitoringDataset named = affected(false, nineNamed(), printed("13MSP", 9, "RD", "para 102"),
        printed("13MSP", 10, "UNIDIR", "line 424"));
    Evaluation e = EVALUATOR.evaluate(LAP_23_2, named, cycle("13MSP"));
    // The bound stays a bound, with both printed counts beside it and their disagreement flagged.
    assertEquals(EvaluationStatus.COMPUTED, e.status(), e.toString());
    assertEquals(Optional.of(Bound.AT_LEAST), e.score().get().bound());
    assertEquals(2, e.published().size());
    assertTrue(e.published().stream().allMatch(p -> p.computedBound().equals(Optional.of(Bound.AT_LEAST))));
    assertEquals(1, e.flags(FlagKind.SOURCES_DIFFER).size());
  }

  @Test
  void aComputedBoundNeverReplacesAPrintedBoundOrFigureOfAPeriod() {
    // RD para 92: "at least eight (8)" over the review period; the facts name one State: the printed figure stands.
    PublishedValue atLeastEight = PublishedValue.builder().from(printed("13MSP", 8, "RD", "para 92"))
        .bound(Bound.AT_LEAST).period("10MSP–13MSP").build();
    Evaluation e = EVALUATOR.evaluate(LAP_23_2, affected(false, List.of(reported("LAO", "13MSP", GENDER, true)),
        atLeastEight), cycle("13MSP"));
    assertEquals(EvaluationStatus.PUBLISHED, e.status());
    assertEquals(Optional.of(Bound.AT_LEAST), e.score().get().bound());
    assertEquals(BigDecimal.valueOf(8), e.value().get());
    assertEquals(List.of("LAO"), e.numeratorCodes());
    assertEquals(Agreement.CONSISTENT, e.published().get(0).agreement());
  }

  @Test
  void aComputedLowerBoundWellAboveAnApproximatePrintedFigureDiffers() {
    PublishedValue about = PublishedValue.builder().from(printed("13MSP", 2, "RD", "para 1")).bound(Bound.APPROXIMATE)
        .build();
    Evaluation e = EVALUATOR.evaluate(LAP_23_2, affected(false, nineNamed(), about), cycle("13MSP"));
    assertEquals(Agreement.DIFFERS, e.published().get(0).agreement());
  }

  @Test
  void aLowerBoundBelowAnExactPrintedFigureLeavesThePrintedFigureAsTheValueAndKeepsTheBoundBesideIt() {
    // RD prints 10 for the cycle; the facts name only nine: the printed figure is the value, the bound consistent.
    MonitoringDataset named = affected(false, nineNamed(), printed("13MSP", 10, "RD", "para 102"));
    Evaluation e = EVALUATOR.evaluate(LAP_23_2, named, cycle("13MSP"));
    assertEquals(EvaluationStatus.PUBLISHED, e.status());
    assertEquals(BigDecimal.TEN, e.value().get());
    assertTrue(e.isTrendPoint());
    assertEquals(Agreement.CONSISTENT, e.published().get(0).agreement());
    assertEquals(Optional.of(Bound.AT_LEAST), e.published().get(0).computedBound());
    assertEquals(9, e.numerator().size(), "the States the facts name are still listed");
    assertTrue(e.reason().get().startsWith("Computed from the facts: ≥ 9 of 10"), e.reason().get());
  }

  @Test
  void atLeastZeroIsNoValue() {
    // Only Chad is named, as not doing it; the other nine are unknown: no member is known to meet the criterion.
    MonitoringDataset d = affected(false, List.of(reported("TCD", "13MSP", GENDER, false)));
    Evaluation e = EVALUATOR.evaluate(LAP_23_2, d, cycle("13MSP"));
    assertEquals(EvaluationStatus.NO_DATA, e.status());
    assertTrue(e.reason().get().contains("1 reported without meeting it, 9 have no data (unknown, not zero)"),
        e.reason().get());
  }

  @Test
  void aComputedLowerBoundAboveAPrintedFigureDiffers() {
    MonitoringDataset d = affected(false, nineNamed(), printed("13MSP", 8, "RD", "para 102"));
    PublishedComparison c = EVALUATOR.evaluate(LAP_23_2, d, cycle("13MSP")).published().get(0);
    assertEquals(Agreement.DIFFERS, c.agreement());
  }

  @Test
  void aPrintedFigureIsTakenByTheHeadlineRuleAndNeverSaidToAgreeWithNothing() {
    PublishedValue cycleFigure = printed("13MSP", 9, "RD", "para 102");
    PublishedValue periodFigure = PublishedValue.builder().from(printed("13MSP", 7, "RD", "para 101"))
        .period("10MSP–13MSP").build();
    PublishedValue bound = PublishedValue.builder().from(printed("13MSP", 8, "RD", "para 100"))
        .bound(Bound.AT_LEAST).build();
    Evaluation e = EVALUATOR.evaluate(LAP_23_2, affected(true, List.of(), periodFigure, bound, cycleFigure),
        cycle("13MSP"));
    assertEquals(EvaluationStatus.PUBLISHED, e.status());
    assertEquals(BigDecimal.valueOf(9), e.value().get());
    assertTrue(e.reason().get().contains("a figure of the cycle before a figure of a period (RD para 101)"),
        e.reason().get());
    assertTrue(e.reason().get().contains("an exact figure before a bound (RD para 100)"), e.reason().get());
    assertTrue(e.published().stream().allMatch(p -> p.agreement() == Agreement.NOT_COMPARED));
    assertFalse(e.hasPublishedDifference());
    assertTrue(e.isTrendPoint());
  }

  @Test
  void aFigureWithItsDenominatorIsTakenBeforeOneWithoutAndTheirDisagreementIsFlagged() {
    PublishedValue without = printed("13MSP", 8, "RD", "para 124");
    PublishedValue with = PublishedValue.builder().from(printed("13MSP", 9, "UNIDIR", "line 472"))
        .denominator(BigDecimal.TEN).build();
    Evaluation e = EVALUATOR.evaluate(LAP_23_2, affected(true, List.of(), without, with), cycle("13MSP"));
    assertEquals(EvaluationStatus.PUBLISHED, e.status());
    assertEquals(Optional.of(9L), e.score().get().count());
    assertTrue(e.reason().get().contains("a figure with its denominator before one without (RD para 124)"));
    assertEquals(List.of(SourceRef.of("RD", "para 124"), SourceRef.of("UNIDIR", "line 472")),
        e.flags(FlagKind.SOURCES_DIFFER).get(0).sources());
  }

  @Test
  void twoExactFiguresOfTheCycleThatNoRuleSeparatesAreSourcesDifferWithNoValue() {
    Evaluation e = EVALUATOR.evaluate(LAP_23_2, affected(true, List.of(), printed("13MSP", 8, "RD", "para 124"),
        printed("13MSP", 9, "UNIDIR", "line 466")), cycle("13MSP"));
    assertEquals(EvaluationStatus.SOURCES_DIFFER, e.status());
    assertTrue(e.score().isEmpty());
    assertTrue(e.reason().get().contains("sources differ: 8 [RD para 124]; 9 [UNIDIR line 466]"), e.reason().get());
    assertFalse(e.isTrendPoint());
  }

  @Test
  void aPrintedBoundOrPeriodFigureIsKeptAsSuchAndIsNoTrendPoint() {
    PublishedValue bound = PublishedValue.builder().from(printed("13MSP", 8, "RD", "para 92"))
        .bound(Bound.AT_LEAST).period("10MSP–13MSP").build();
    Evaluation e = EVALUATOR.evaluate(LAP_23_2, affected(true, List.of(), bound), cycle("13MSP"));
    assertEquals(EvaluationStatus.PUBLISHED, e.status());
    assertEquals(Optional.of(Bound.AT_LEAST), e.score().get().bound());
    assertEquals(Optional.of("10MSP–13MSP"), e.score().get().period());
    assertFalse(e.isTrendPoint());
    assertEquals(1, e.flags(FlagKind.PERIOD_FIGURE).size());
    assertEquals(1, e.flags(FlagKind.BOUND).size());
    assertTrue(e.baseline().isEmpty(), "a bound is not set against a baseline");
  }

  @Test
  void anAverageOverCyclesIsNeverTheValue() {
    PublishedValue average = PublishedValue.builder().from(printed("13MSP", 9, "RD", "para 18"))
        .unit(FigureUnit.AVERAGE).build();
    Evaluation e = EVALUATOR.evaluate(LAP_23_2, affected(true, List.of(), average), cycle("13MSP"));
    assertEquals(EvaluationStatus.NO_DATA, e.status());
    assertTrue(e.reason().get().contains("the only figures printed are averages over several cycles"));
  }

  @Test
  void aPrintedCountLargerThanThePopulationIsFlagged() {
    Evaluation e = EVALUATOR.evaluate(LAP_23_2, affected(true, List.of(), printed("13MSP", 12, "UNIDIR", "line 349")),
        cycle("13MSP"));
    assertEquals(1, e.flags(FlagKind.PUBLISHED_EXCEEDS_POPULATION).size());
    assertTrue(e.flags(FlagKind.PUBLISHED_EXCEEDS_POPULATION).get(0).message().contains("has 10 members"));
  }

  @Test
  void aPrintedDenominatorThatCountsSouthSudanBeforeItJoinedIsFlaggedWithSouthSudan() {
    // UNIDIR prints "of 10" at the 10MSP cycle (2022); South Sudan deposited on 3 August 2023.
    PublishedValue ofTen = PublishedValue.builder().from(printed("10MSP", 3, "UNIDIR", "line 421"))
        .denominator(BigDecimal.TEN).build();
    Evaluation e = EVALUATOR.evaluate(LAP_23_2, affected(true, List.of(), ofTen), cycle("10MSP"));
    assertEquals(9, e.initialPopulation().size());
    assertEquals(List.of("SSD"), e.flags(FlagKind.DENOMINATOR_DIFFERS_FROM_POPULATION).get(0).states());
  }

  @Test
  void aComponentFigureShownForTheWholeIndicatorIsFlagged() {
    PublishedValue component = PublishedValue.builder().from(printed("13MSP", 1, "RD", "para 83"))
        .component("COMPLETED_ARTICLE_4").build();
    Evaluation e = EVALUATOR.evaluate(LAP_23_2, affected(true, List.of(), component), cycle("13MSP"));
    assertEquals(EvaluationStatus.PUBLISHED, e.status());
    assertEquals(1, e.flags(FlagKind.COMPONENT_FOR_WHOLE).size());
  }

  @Test
  void aPopulationTheDataCannotComputeIsUnknownNotEmpty() {
    Indicator completed = Fixtures.indicator("LAP-13.1", List.of(FigureUnit.COUNT), PopulationBase.STATES_PARTIES_COMPLETED_ARTICLE_3,
        PartyBasis.IN_FORCE, "art3.declaration-of-compliance");
    PublishedValue p = PublishedValue.builder().indicator("LAP-13.1").cycle("13MSP").value(BigDecimal.valueOf(41))
        .unit(FigureUnit.COUNT).source(SourceRef.of("RD", "para 64")).build();
    MonitoringDataset d = Fixtures.dataset().addUnknownPopulations(UnknownPopulation.of(
        PopulationBase.STATES_PARTIES_COMPLETED_ARTICLE_3, "the documents print 41 but name only 4"))
        .addPublishedValues(p).build();
    Evaluation e = EVALUATOR.evaluate(completed, d, cycle("13MSP"));
    assertEquals(EvaluationStatus.PUBLISHED, e.status());
    assertTrue(e.reason().get().startsWith("No value computed (not evaluable: population unknown: the documents "
        + "print 41 but name only 4)"), e.reason().get());
    MonitoringDataset onlyEarlier = Fixtures.dataset().addUnknownPopulations(UnknownPopulation.of(
        PopulationBase.STATES_PARTIES_COMPLETED_ARTICLE_3, "not named before the 13MSP", "10MSP")).build();
    assertEquals(EvaluationStatus.NOT_EVALUABLE,
        EVALUATOR.evaluate(completed, onlyEarlier, cycle("10MSP")).status());
    assertEquals(EvaluationStatus.NO_DATA,
        EVALUATOR.evaluate(completed, onlyEarlier, cycle("13MSP")).status());
  }

  static final Indicator INCREASE = Indicator.builder().id("LAP-10.1").planId("LAP").actionNumber(10)
      .text("The increase in the number of States Parties to the Convention").addUnits(FigureUnit.CHANGE)
      .subject(SubjectKind.STATES_PARTIES)
      .population(Population.of(PopulationBase.STATES_PARTIES, PartyBasis.INSTRUMENT_DEPOSITED))
      .direction(Direction.INCREASE).source(SourceRef.of("LAP", "line 231")).build();

  @Test
  void theIncreaseInStatesPartiesListsWhoJoinedAndWhoLeftWithTheirDates() {
    // RD para 29: Nigeria (28 Feb 2023) and South Sudan (3 Aug 2023) joined by the 13MSP cycle; para 30: Lithuania's
    // withdrawal took effect on 6 March 2025.
    IndicatorEvaluator lap = IndicatorEvaluator.builder().planPeriod(PlanPeriod.of(2021, 2026)).build();
    Evaluation e = lap.evaluate(INCREASE, Fixtures.dataset().build(), cycle("13MSP"));
    assertEquals(EvaluationStatus.COMPUTED, e.status());
    assertEquals(Optional.of(1L), e.score().get().change());
    assertEquals(Optional.of(2L), e.score().get().count());
    assertEquals(List.of("NGA", "SSD"), e.numeratorCodes());
    assertEquals(List.of("LTU"), e.population(PopulationCode.LEFT).get().subjectCodes());
    assertTrue(e.population(PopulationCode.LEFT).get().subjects().get(0).reasons().stream()
        .anyMatch(r -> r.text().equals("Left the population: withdrawal took effect 2025-03-06")));
    assertTrue(e.populationRule().contains("from 2020-12-31 (the day before the plan period 2021–2026 starts) to "
        + "2025-04-30"), e.populationRule());
    // Evaluated without the plan's period, the change has no start: not evaluable, and it says so.
    Evaluation alone = IndicatorEvaluator.of().evaluate(INCREASE, Fixtures.dataset().build(), cycle("13MSP"));
    assertEquals(EvaluationStatus.NOT_EVALUABLE, alone.status());
    assertTrue(alone.reason().get().contains("a CHANGE runs from the start of the plan's period"));
  }

  @Test
  void aPrintedFigureOfAPeriodIsComparedWithTheChangeOverThatPeriod() {
    // RD para 29: "During the period under review (2021-2025), three (3) States joined" — Vanuatu on 5 Sep 2025.
    PublishedValue three = PublishedValue.builder().indicator("LAP-10.1").cycle("13MSP").period("10MSP–13MSP")
        .value(BigDecimal.valueOf(3)).unit(FigureUnit.COUNT).addStates("NGA", "SSD", "VUT")
        .source(SourceRef.of("RD", "para 29")).build();
    IndicatorEvaluator lap = IndicatorEvaluator.builder().planPeriod(PlanPeriod.of(2021, 2026)).build();
    Evaluation e = lap.evaluate(INCREASE, Fixtures.dataset().addPublishedValues(three).build(), cycle("13MSP"));
    PublishedComparison c = e.published().get(0);
    assertEquals(Agreement.AGREES, c.agreement());
    assertEquals(Optional.of(BigDecimal.valueOf(3)), c.computed());
    assertTrue(c.computedOver().get().contains("2021-01-01 and 2025-12-31"), c.computedOver().get());
    assertEquals(List.of(), c.onlyPublished());
  }

  static ReportSubmission submitted(String state, int coveredYear, LocalDate on) {
    return ReportSubmission.builder().state(state).report(ReportKind.ANNUAL).coveredYear(coveredYear).submittedOn(on)
        .source(SourceRef.of("ART7", state + " " + coveredYear)).build();
  }

  @Test
  void aTableOfSubmissionDatesGivesExactTimeliness() {
    // Annual reports covering 2024 fall due on 30 April 2025 (Art. 7(2)), the 13MSP cycle.
    List<ReportSubmission> table = new ArrayList<>();
    for (String s : Fixtures.AFFECTED_13MSP) {
      table.add(submitted(s, 2024, s.equals("IRQ") ? LocalDate.of(2025, 6, 2) : LocalDate.of(2025, 4, 28)));
      table.add(ReportSubmission.builder().state(s).report(ReportKind.INITIAL).submittedBy(LocalDate.of(2025, 4, 1))
          .source(SourceRef.of("ART7", s + " initial")).build());
    }
    MonitoringDataset listed = Fixtures.dataset().submissions(table).build();
    assertFalse(listed.submissionsComplete(), "a table of submissions is not taken to be complete unless said");
    ReportingRate partial = EVALUATOR.reportingRate(listed, cycle("13MSP"), ReportKind.ANNUAL);
    assertEquals(9, partial.receivedOnTime().size());
    assertEquals(101, partial.noRecord().size(), "the reports the table does not list stay unknown");
    MonitoringDataset d = Fixtures.dataset().submissions(table).submissionsComplete(true).build();
    ReportingRate r = EVALUATOR.reportingRate(d, cycle("13MSP"), ReportKind.ANNUAL);
    assertEquals(111, r.expected().size(), "the States Parties in force on 2025-04-30 (Lithuania had withdrawn)");
    assertEquals(10, r.received().size());
    assertEquals(9, r.receivedOnTime().size());
    assertEquals(List.of("IRQ"), r.with(ReportOutcome.LATE).stream().map(x -> x.state()).toList());
    assertEquals(101, r.notReceived().size());
    assertEquals(Optional.of(new BigDecimal("9.01")), r.rate());
    assertEquals(Optional.of(new BigDecimal("8.11")), r.onTimeRate());
    // LAP-43.1's element, derived from the same table: IRQ is not counted, the nine are.
    Indicator lap431 = Fixtures.indicator("LAP-43.1", List.of(FigureUnit.COUNT), PopulationBase.STATES_PARTIES,
        PartyBasis.IN_FORCE, "art7.report-submitted-by-deadline");
    Evaluation e = EVALUATOR.evaluate(lap431, d, cycle("13MSP"));
    assertEquals(EvaluationStatus.COMPUTED, e.status());
    assertEquals(Optional.of(9L), e.score().get().count());
    assertTrue(e.subject("IRQ").get().facts().get(0).note().get().contains("submitted 2025-06-02 (not on time)"));
  }

  @Test
  void withoutARecordOfEverySubmissionAReportNotMentionedIsUnknownAndTheRateIsARange() {
    ReportSubmission cpv = ReportSubmission.builder().state("CPV").report(ReportKind.INITIAL)
        .notSubmittedOn(LocalDate.of(2025, 8, 1)).source(SourceRef.of("RD", "para 183")).build();
    MonitoringDataset d = Fixtures.dataset().addSubmissions(cpv).submissionsComplete(false).build();
    ReportingRate r = EVALUATOR.reportingRate(d, cycle("13MSP"), ReportKind.INITIAL);
    assertEquals(List.of("CPV"), r.notReceived().stream().map(x -> x.state()).toList());
    assertEquals(LocalDate.of(2011, 9, 28), r.notReceived().get(0).due());
    assertEquals(110, r.noRecord().size());
    assertEquals(Optional.empty(), r.rate());
    assertEquals(Optional.of(new BigDecimal("0.00")), r.rateAtLeast());
    assertEquals(Optional.of(new BigDecimal("99.10")), r.rateAtMost());
  }

  @Test
  void aSubmissionMustSayExactlyOneThingOfTheReport() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportSubmission.builder()
        .state("DEU").report(ReportKind.ANNUAL).coveredYear(2024).source(SourceRef.of("ART7", "x")).build());
    assertTrue(e.getMessage().contains("exactly one of submittedOn, submittedBy and notSubmittedOn, gave 0"),
        e.getMessage());
    IllegalArgumentException year = assertThrows(IllegalArgumentException.class, () -> ReportSubmission.builder()
        .state("DEU").report(ReportKind.ANNUAL).submittedOn(LocalDate.of(2025, 4, 1))
        .source(SourceRef.of("ART7", "x")).build());
    assertTrue(year.getMessage().contains("coveredYear is required for an annual report"), year.getMessage());
  }

  @Test
  void anUnknownBoundNameIsRefusedWithTheKnownOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Bound.parse("ABOVE"));
    assertEquals("unknown bound 'ABOVE'; expected one of AT_LEAST, MORE_THAN, AT_MOST, APPROXIMATE", e.getMessage());
    assertEquals(Bound.AT_LEAST, Bound.parse("at-least"));
    assertEquals(ImmutableList.of(true, false), ImmutableList.of(Bound.AT_MOST.admits(BigDecimal.valueOf(51),
        BigDecimal.valueOf(51)), Bound.MORE_THAN.admits(BigDecimal.valueOf(22), BigDecimal.valueOf(22))));
  }
}
