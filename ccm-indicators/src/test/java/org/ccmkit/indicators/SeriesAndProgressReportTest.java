package org.ccmkit.indicators;

import static org.ccmkit.indicators.Fixtures.LAP_23_2;
import static org.ccmkit.indicators.Fixtures.cycle;
import static org.ccmkit.indicators.Fixtures.indicator;
import static org.ccmkit.indicators.Fixtures.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.indicators.report.ProgressEntry;
import org.ccmkit.indicators.report.ProgressReport;
import org.ccmkit.indicators.report.Series;
import org.ccmkit.indicators.report.Trend;
import org.ccmkit.indicators.result.BaselineComparison;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.EvaluationStatus;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.plan.Action;
import org.ccmkit.model.plan.ActionPlan;
import org.ccmkit.model.plan.Baseline;
import org.ccmkit.model.plan.Direction;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.PlanStatus;
import org.ccmkit.model.plan.Population;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.plan.SubjectKind;
import org.ccmkit.model.plan.ThematicArea;
import org.ccmkit.model.state.PartyBasis;
import org.junit.jupiter.api.Test;

/** An indicator's values across cycles, and a plan's progress report by thematic area. */
class SeriesAndProgressReportTest {

  private static final String GENDER = "gender.integrated-in-clearance-planning";
  private static final String OVERDUE = "art7.initial-report-overdue";
  private static final String STRATEGY = "art4.national-strategy";

  /** Fewer is better: States Parties whose initial report is overdue (LAP action 45). */
  private static final Indicator OVERDUE_REPORTS = Indicator.builder()
      .from(indicator("LAP-45.1", List.of(FigureUnit.COUNT), PopulationBase.STATES_PARTIES, PartyBasis.IN_FORCE, OVERDUE))
      .direction(Direction.DECREASE).build();
  private static final Indicator STRATEGIES = indicator("LAP-19.1", List.of(FigureUnit.COUNT),
      PopulationBase.AFFECTED_STATES_PARTIES, PartyBasis.IN_FORCE, STRATEGY);
  /** Women delegates: the dataset has only the figures printed for it. */
  private static final Indicator WOMEN = Indicator.builder().id("LAP-4.2").planId("LAP").actionNumber(4)
      .text("The number of women taking part in Convention meetings").addUnits(FigureUnit.COUNT).subject(SubjectKind.PEOPLE)
      .population(Population.of(PopulationBase.NONE, PartyBasis.INSTRUMENT_DEPOSITED))
      .addDataElements("meeting.delegation-women").direction(Direction.INCREASE)
      .source(SourceRef.of("LAP", "line 225")).build();

  /** Three, five, seven, nine affected States Parties report gender considerations from the 10MSP to the 13MSP. */
  private static MonitoringDataset dataset() {
    List<Fact> facts = new ArrayList<>();
    String[] order = {"AFG", "TCD", "IRQ", "LAO", "LBN", "MRT", "SOM", "CHL", "DEU"};
    int[] reporting = {3, 5, 7, 9};
    for (int c = 0; c < 4; c++) {
      String meeting = Fixtures.lapCycles().get(c).meeting();
      for (int s = 0; s < reporting[c]; s++) {
        facts.add(reported(order[s], meeting, GENDER, true));
      }
      facts.add(reported("LAO", meeting, STRATEGY, true));
    }
    facts.add(reported("CPV", "12MSP", OVERDUE, true));
    facts.add(reported("GNB", "12MSP", OVERDUE, true));
    facts.add(reported("CPV", "13MSP", OVERDUE, true));
    facts.add(reported("GNB", "13MSP", OVERDUE, false));
    return Fixtures.dataset().addAllObligations(Fixtures.affectedClearances()).addAllFacts(facts)
        .addPublishedValues(women("10MSP", 40), women("11MSP", 44), women("12MSP", 44))
        .build();
  }

  private static PublishedValue women(String meeting, int n) {
    return PublishedValue.builder().indicator("LAP-4.2").cycle(meeting).value(BigDecimal.valueOf(n))
        .unit(FigureUnit.COUNT).source(SourceRef.of("UNIDIR", "section 3.1, " + meeting)).build();
  }

  private static ActionPlan plan() {
    ThematicArea general = ThematicArea.builder().id("LAP-II").numeral("II").title("General")
        .source(SourceRef.of("LAP", "line 36")).build();
    ThematicArea clearance = ThematicArea.builder().id("LAP-V").numeral("V")
        .title("Clearance and risk reduction education").source(SourceRef.of("LAP", "line 120")).build();
    return ActionPlan.builder().id("LAP").title("Lausanne Action Plan").periodStart(2021).periodEnd(2026)
        .status(PlanStatus.ADOPTED).source(SourceRef.of("LAP", "line 18")).addAreas(general, clearance)
        .addActions(action(4, "LAP-II", WOMEN), action(19, "LAP-V", STRATEGIES), action(23, "LAP-V", LAP_23_2),
            action(45, "LAP-II", OVERDUE_REPORTS))
        .build();
  }

  private static Action action(int number, String area, Indicator indicator) {
    return Action.builder().planId("LAP").number(number).areaId(area).text("Action " + number)
        .source(SourceRef.of("LAP", "line " + number)).addIndicators(indicator).build();
  }

  @Test
  void aSeriesHoldsOneEvaluationPerCycleInOrder() {
    Series s = IndicatorEvaluator.of().series(LAP_23_2, dataset());

    assertEquals(List.of("10MSP", "11MSP", "12MSP", "13MSP"), s.meetings());
    assertEquals(List.of(3L, 5L, 7L, 9L), s.evaluations().stream().map(e -> e.score().get().count().get()).toList());
    // South Sudan enters the population on 1 Feb 2024: nine affected States Parties at the 10MSP and 11MSP, ten after.
    assertEquals(List.of(9L, 9L, 10L, 10L),
        s.evaluations().stream().map(e -> e.score().get().denominator().get()).toList());
    assertEquals(new BigDecimal("33.33"), s.valueIn("10MSP").get());
  }

  @Test
  void whereOnlyPublishedFiguresExistTheyFormTheSeries() {
    Series s = IndicatorEvaluator.of().series(WOMEN, dataset());
    assertEquals(List.of(EvaluationStatus.PUBLISHED, EvaluationStatus.PUBLISHED, EvaluationStatus.PUBLISHED,
        EvaluationStatus.NOT_EVALUABLE), s.evaluations().stream().map(Evaluation::status).toList());
    assertEquals(BigDecimal.valueOf(44), s.valueIn("11MSP").get());
    assertTrue(s.valueIn("13MSP").isEmpty());
  }

  @Test
  void theLapBaselineIsTheValueOfTheCycleTheCallerNames() {
    IndicatorEvaluator lap = IndicatorEvaluator.builder().baselineCycle("10MSP").build();
    BaselineComparison b = lap.evaluate(LAP_23_2, dataset(), cycle("13MSP")).baseline().get();

    assertEquals("baseline cycle 10MSP", b.reference());
    assertEquals(FigureUnit.PERCENT, b.unit());
    assertEquals(new BigDecimal("33.33"), b.baselineValue());
    assertEquals(new BigDecimal("56.67"), b.change());
    assertTrue(IndicatorEvaluator.of().evaluate(LAP_23_2, dataset(), cycle("13MSP")).baseline().isEmpty());
  }

  @Test
  void aPrintedBaselineIsComparedInTheUnitItPrints() {
    Indicator vcap = Indicator.builder().from(STRATEGIES).id("LAP-19.2")
        .baseline(Baseline.builder().raw("2; 13MSP").value(BigDecimal.valueOf(2)).asOf("13MSP").build()).build();
    BaselineComparison b = IndicatorEvaluator.builder().baselineCycle("10MSP").build()
        .evaluate(vcap, dataset(), cycle("13MSP")).baseline().get();
    assertEquals("baseline 2; 13MSP (as of 13MSP)", b.reference());
    assertEquals(FigureUnit.COUNT, b.unit());
    assertEquals(BigDecimal.valueOf(-1), b.change());
  }

  @Test
  void theProgressReportGroupsIndicatorsByThematicAreaWithTheirTrends() {
    ProgressReport r = IndicatorEvaluator.of().progressReport(plan(), dataset(), cycle("13MSP"));

    assertEquals("12MSP", r.previousCycle().get().meeting());
    assertEquals(List.of("LAP-II", "LAP-V"), r.sections().stream().map(s -> s.area().id()).toList());
    assertEquals(List.of("LAP-4.2", "LAP-45.1"),
        r.sections().get(0).entries().stream().map(e -> e.indicator().id()).toList());
    ProgressEntry women = r.sections().get(0).entries().get(0);
    ProgressEntry overdue = r.sections().get(0).entries().get(1);
    ProgressEntry strategies = r.sections().get(1).entries().get(0);
    ProgressEntry gender = r.sections().get(1).entries().get(1);

    assertEquals(Trend.NO_DATA, women.trend(), "no value at the 13MSP");
    assertEquals(BigDecimal.valueOf(44), women.previousValue().get());
    assertEquals(Trend.IMPROVED, overdue.trend(), "two overdue initial reports, then one: fewer is better");
    assertEquals(Trend.HELD, strategies.trend());
    assertEquals(Trend.IMPROVED, gender.trend());
    assertEquals(new BigDecimal("70.00"), gender.previousValue().get());
    assertEquals(new BigDecimal("90.00"), gender.value().get());
    assertEquals(2, r.trendCounts().get(Trend.IMPROVED));
    assertEquals(1, r.trendCounts().get(Trend.NO_DATA));
  }

  @Test
  void aCountThatFallsRegresses() {
    MonitoringDataset d = MonitoringDataset.builder().from(dataset())
        .addFacts(reported("IRQ", "12MSP", STRATEGY, true)).build();
    ProgressReport r = IndicatorEvaluator.of().progressReport(plan(), d, cycle("13MSP"));
    assertEquals(Trend.REGRESSED, r.sections().get(1).entries().get(0).trend());
    assertEquals(ImmutableList.of(Trend.NO_DATA), ImmutableList.of(
        IndicatorEvaluator.of().progressReport(plan(), d, cycle("10MSP")).sections().get(1).entries().get(0).trend()),
        "no previous cycle and no baseline");
  }
}
