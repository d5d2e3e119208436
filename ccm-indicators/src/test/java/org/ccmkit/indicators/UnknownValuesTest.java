package org.ccmkit.indicators;

import org.ccmkit.indicators.testkit.DomainArbitraries;
import static org.ccmkit.indicators.Fixtures.LAP_23_2;
import static org.ccmkit.indicators.Fixtures.cycle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.indicators.result.EvaluationStatus;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.calendar.Meeting;
import org.ccmkit.model.calendar.MeetingKind;
import org.ccmkit.model.calendar.ReportingCycle;
import org.ccmkit.model.obligation.ReportKind;
import org.ccmkit.model.plan.ActionPlan;
import org.ccmkit.model.plan.FigureUnit;
import org.junit.jupiter.api.Test;

/**
 * A question the dataset cannot answer gets an error naming what it knows, never an empty or {@code NO_DATA} answer:
 * a cycle the dataset does not have, and a printed figure filed under an indicator id in the wrong case.
 */
class UnknownValuesTest {

  private static final IndicatorEvaluator EVALUATOR = IndicatorEvaluator.of();

  private static MonitoringDataset dataset() {
    return Fixtures.dataset().addAllObligations(Fixtures.affectedClearances()).build();
  }

  @Test
  void aCycleTheDatasetDoesNotHaveIsRefusedNamingItsCycles() {
    ReportingCycle fourteenth = ReportingCycle.of(Meeting.of(MeetingKind.MSP, 14, 2026));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EVALUATOR.evaluate(LAP_23_2, dataset(), fourteenth));
    assertEquals("cycle 14MSP (2026) is not a cycle of the dataset; its cycles are 10MSP (2022), 11MSP (2023), "
        + "12MSP (2024), 13MSP (2025); did you mean 13MSP (2025)?", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> EVALUATOR.evaluatePlan(DomainArbitraries.planOf(LAP_23_2), dataset(), fourteenth));
    assertThrows(IllegalArgumentException.class,
        () -> EVALUATOR.progressReport(DomainArbitraries.planOf(LAP_23_2), dataset(), fourteenth));
    assertThrows(IllegalArgumentException.class,
        () -> EVALUATOR.reportingRate(dataset(), fourteenth, ReportKind.ANNUAL));
  }

  @Test
  void theCycleOfAMeetingTheDatasetListsIsKnownThoughNoFactIsOfIt() {
    // The 3RC is one of the fixtures' meetings, not one of their cycles: a figure may be printed for it, and a series
    // shows it.
    assertEquals(EvaluationStatus.NOT_EVALUABLE, EVALUATOR.evaluate(LAP_23_2, dataset(), cycle("3RC")).status());
  }

  @Test
  void aPrintedFigureFiledUnderTheIndicatorsIdInAnotherCaseIsRefused() {
    PublishedValue lowerCase = PublishedValue.builder().indicator("lap-23.2").cycle("13MSP")
        .value(BigDecimal.valueOf(9)).unit(FigureUnit.COUNT).source(SourceRef.of("RD", "para 102")).build();
    MonitoringDataset d = Fixtures.dataset().addAllObligations(Fixtures.affectedClearances())
        .addPublishedValues(lowerCase).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> EVALUATOR.evaluate(LAP_23_2, d, cycle("13MSP")));
    assertEquals("published values name indicator 'lap-23.2', which is no indicator's id (ids are case-sensitive); "
        + "did you mean LAP-23.2? The published values of LAP-23.2 are those whose indicator is 'LAP-23.2'",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> EVALUATOR.series(LAP_23_2, d));
  }

  @Test
  void aPlanWhoseIdsWereClearedOnOneDatasetIsCheckedAgainOnAnotherAndRefusedEveryTime() {
    ActionPlan plan = DomainArbitraries.planOf(LAP_23_2);
    PublishedValue lowerCase = PublishedValue.builder().indicator("lap-23.2").cycle("13MSP")
        .value(BigDecimal.valueOf(9)).unit(FigureUnit.COUNT).source(SourceRef.of("RD", "para 102")).build();
    MonitoringDataset clean = Fixtures.dataset().addAllObligations(Fixtures.affectedClearances()).build();
    MonitoringDataset misfiled = Fixtures.dataset().addAllObligations(Fixtures.affectedClearances())
        .addPublishedValues(lowerCase).build();
    // The same indicator list, cleared twice on one dataset (the second time without checking its ids again), is
    // refused on the dataset that files a figure under the id in another case, each time it is asked.
    assertEquals(1, EVALUATOR.evaluatePlan(plan, clean, cycle("13MSP")).size());
    assertEquals(1, EVALUATOR.evaluatePlan(plan, clean, cycle("13MSP")).size());
    assertThrows(IllegalArgumentException.class, () -> EVALUATOR.evaluatePlan(plan, misfiled, cycle("13MSP")));
    assertThrows(IllegalArgumentException.class, () -> EVALUATOR.evaluatePlan(plan, misfiled, cycle("13MSP")));
  }
}
