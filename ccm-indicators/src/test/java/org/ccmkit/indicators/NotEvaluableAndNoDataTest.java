package org.ccmkit.indicators;

import static org.ccmkit.indicators.Fixtures.LAP_23_2;
import static org.ccmkit.indicators.Fixtures.cycle;
import static org.ccmkit.indicators.Fixtures.indicator;
import static org.ccmkit.indicators.Fixtures.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.indicators.population.PlanPeriod;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.EvaluationStatus;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.plan.DataElement;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.Population;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.plan.SubjectKind;
import org.ccmkit.model.plan.ValueType;
import org.ccmkit.model.plan.Vocabulary;
import org.ccmkit.model.state.PartyBasis;
import org.junit.jupiter.api.Test;

/** An indicator that cannot be computed says why; one without data says so; neither throws nor gives zero. */
class NotEvaluableAndNoDataTest {

  private static final String GENDER = "gender.integrated-in-clearance-planning";

  private static final Vocabulary VOCABULARY = Vocabulary.of(java.util.List.of(
      DataElement.builder().key(GENDER).valueType(ValueType.BOOLEAN)
          .description("Integrates gender and diversity considerations into survey and clearance planning").build(),
      DataElement.builder().key("meeting.survivors-in-delegation").valueType(ValueType.COUNT)
          .description("Survivors in the delegation").build()));

  private static MonitoringDataset withGenderFacts() {
    return Fixtures.dataset().addAllObligations(Fixtures.affectedClearances())
        .addFacts(reported("LAO", "13MSP", GENDER, true)).build();
  }

  private static void assertNotEvaluable(Evaluation e, String reasonPart) {
    assertEquals(EvaluationStatus.NOT_EVALUABLE, e.status());
    assertTrue(e.score().isEmpty());
    assertTrue(e.value().isEmpty(), "no value, not zero");
    assertTrue(e.reason().get().contains(reasonPart), e.reason().get());
  }

  @Test
  void anUnknownDataElementIsNotEvaluable() {
    Indicator typo = indicator("LAP-23.2", List.of(FigureUnit.COUNT), PopulationBase.AFFECTED_STATES_PARTIES, PartyBasis.IN_FORCE,
        "gender.integrated-in-clearence-planning");
    assertNotEvaluable(IndicatorEvaluator.of(VOCABULARY).evaluate(typo, withGenderFacts(), cycle("13MSP")),
        "unknown data element 'gender.integrated-in-clearence-planning': not in the vocabulary");
    assertNotEvaluable(IndicatorEvaluator.of().evaluate(typo, withGenderFacts(), cycle("13MSP")),
        "no fact in the dataset reports it");
  }

  @Test
  void aKnownElementWithoutFactsInTheCycleIsNoDataNotZero() {
    Evaluation e = IndicatorEvaluator.of(VOCABULARY).evaluate(LAP_23_2, withGenderFacts(), cycle("12MSP"));
    assertEquals(EvaluationStatus.NO_DATA, e.status());
    assertTrue(e.value().isEmpty());
    assertEquals("none of the 10 subjects of the denominator reported " + GENDER + " in the 12MSP cycle",
        e.reason().get());
    assertEquals(10, e.noData().size(), "the subjects are still listed");
  }

  @Test
  void aPercentageWithoutAPopulationIsNotEvaluable() {
    // VCAP-3.e: "Percentage of international assistance that includes dedicated support …", population NONE.
    Indicator share = Indicator.builder().id("VCAP-3.e").planId("VCAP").actionNumber(3)
        .text("of international assistance that includes dedicated support for national capacity development")
        .addUnits(FigureUnit.PERCENT).subject(SubjectKind.ASSISTANCE)
        .population(Population.of(PopulationBase.NONE, PartyBasis.INSTRUMENT_DEPOSITED))
        .addDataElements(GENDER).direction(org.ccmkit.model.plan.Direction.INCREASE)
        .source(SourceRef.of("VCAP", "line 150")).build();
    assertNotEvaluable(IndicatorEvaluator.of().evaluate(share, withGenderFacts(), cycle("13MSP")),
        "needs a population");
  }

  @Test
  void peopleWithNoDataAnywhereAreNotEvaluable() {
    Indicator survivors = Indicator.builder().id("VCAP-32.b").planId("VCAP").actionNumber(32)
        .text("Number of survivors participating meaningfully in Convention meetings")
        .addUnits(FigureUnit.QUANTITY).subject(SubjectKind.PEOPLE)
        .population(Population.of(PopulationBase.NONE, PartyBasis.INSTRUMENT_DEPOSITED))
        .addDataElements("meeting.survivors-in-delegation").direction(org.ccmkit.model.plan.Direction.INCREASE)
        .source(SourceRef.of("VCAP", "line 500")).build();
    assertNotEvaluable(IndicatorEvaluator.of(VOCABULARY).evaluate(survivors, withGenderFacts(), cycle("13MSP")),
        "the dataset holds no data on PEOPLE");
  }

  @Test
  void aQuantityOfYesNoFactsIsNotEvaluable() {
    Indicator sum = indicator("LAP-23.2", List.of(FigureUnit.QUANTITY), PopulationBase.AFFECTED_STATES_PARTIES,
        PartyBasis.IN_FORCE, GENDER);
    assertNotEvaluable(IndicatorEvaluator.of(VOCABULARY).evaluate(sum, withGenderFacts(), cycle("13MSP")),
        "is BOOLEAN");
  }

  @Test
  void newStatesPartiesOutsideTheirPlanNeedAPeriod() {
    Indicator fresh = indicator("LAP-47.1", List.of(FigureUnit.COUNT), PopulationBase.NEW_STATES_PARTIES, PartyBasis.IN_FORCE);
    assertNotEvaluable(IndicatorEvaluator.of().evaluate(fresh, withGenderFacts(), cycle("13MSP")), "plan's period");
    Evaluation withPeriod = IndicatorEvaluator.builder().planPeriod(PlanPeriod.of(2021, 2026)).build()
        .evaluate(fresh, withGenderFacts(), cycle("13MSP"));
    assertEquals(4L, withPeriod.score().get().count().get());
  }

  @Test
  void aPublishedFigureStandsInWhereTheFactsGiveNone() {
    PublishedValue tenth = PublishedValue.builder().indicator("LAP-23.2").cycle("10MSP").value(BigDecimal.valueOf(3))
        .unit(FigureUnit.COUNT).source(SourceRef.of("RD", "para 102")).build();
    MonitoringDataset d = MonitoringDataset.builder().from(withGenderFacts()).addPublishedValues(tenth).build();
    Evaluation e = IndicatorEvaluator.of().evaluate(LAP_23_2, d, cycle("10MSP"));

    assertEquals(EvaluationStatus.PUBLISHED, e.status());
    assertEquals(BigDecimal.valueOf(3), e.value().get());
    assertTrue(e.reason().get().startsWith("No value computed (no data: none of the 9 subjects"), e.reason().get());
    assertTrue(e.reason().get().contains("the value is the one printed: 3 [RD para 102], by the headline rule: the only "
        + "figure printed"), e.reason().get());
    assertTrue(e.published().get(0).computed().isEmpty());
    assertEquals(9, e.noData().size(), "the computed populations are still shown");
  }

  @Test
  void anEmptyPopulationGivesNoDataForAPercentage() {
    Indicator stockpiles = indicator("VCAP-16.a", List.of(FigureUnit.PERCENT), PopulationBase.STATES_PARTIES_WITH_STOCKPILES,
        PartyBasis.IN_FORCE, GENDER);
    Evaluation e = IndicatorEvaluator.of().evaluate(stockpiles, withGenderFacts(), cycle("13MSP"));
    assertEquals(EvaluationStatus.NO_DATA, e.status());
    assertTrue(e.reason().get().startsWith("the population is empty"), e.reason().get());
  }
}
