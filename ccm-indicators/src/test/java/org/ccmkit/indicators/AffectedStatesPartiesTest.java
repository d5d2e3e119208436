package org.ccmkit.indicators;

import static org.ccmkit.indicators.Fixtures.AFFECTED_13MSP;
import static org.ccmkit.indicators.Fixtures.LAP_23_2;
import static org.ccmkit.indicators.Fixtures.article7;
import static org.ccmkit.indicators.Fixtures.cycle;
import static org.ccmkit.indicators.Fixtures.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.data.PublishedValue;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.EvaluationStatus;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.indicators.result.PublishedComparison;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.indicators.result.SubjectOutcome;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.plan.FigureUnit;
import org.junit.jupiter.api.Test;

/**
 * LAP-23.2 at the 13MSP: UNIDIR and the Review Document print "nine (9)" of the ten affected States Parties reporting
 * gender and diversity considerations in survey and clearance planning. The documents do not name the one that did not;
 * in this dataset it is South Sudan, whose first annual report the cycle counts.
 */
class AffectedStatesPartiesTest {

  private static final String ELEMENT = "gender.integrated-in-clearance-planning";
  private static final ImmutableList<String> NINE =
      ImmutableList.of("AFG", "CHL", "DEU", "IRQ", "LAO", "LBN", "MRT", "SOM", "TCD");

  private static MonitoringDataset dataset(PublishedValue... published) {
    return Fixtures.dataset()
        .addAllObligations(Fixtures.affectedClearances())
        .addAllFacts(NINE.stream().map(s -> reported(s, "13MSP", ELEMENT, true)).collect(ImmutableList.toImmutableList()))
        .addPublishedValues(published)
        .build();
  }

  private static PublishedValue published(int value) {
    return PublishedValue.builder().indicator("LAP-23.2").cycle("13MSP").value(BigDecimal.valueOf(value))
        .unit(FigureUnit.COUNT).source(SourceRef.of("RD", "para 102"))
        .quote("rising from three (3) States Parties at the 10MSP to nine (9) by the 13MSP").build();
  }

  @Test
  void nineOfTheTenAffectedStatesPartiesReport() {
    Evaluation e = IndicatorEvaluator.of().evaluate(LAP_23_2, dataset(), cycle("13MSP"));

    assertEquals(EvaluationStatus.COMPUTED, e.status());
    assertEquals(9L, e.score().get().count().get());
    assertEquals(10L, e.score().get().denominator().get());
    assertEquals(new BigDecimal("90.00"), e.score().get().percentage().get());
    assertEquals(new BigDecimal("90.00"), e.value().get(), "Number and percentage: the headline is the percentage");
    assertEquals(NINE, e.numeratorCodes());
    assertEquals(AFFECTED_13MSP, e.population(PopulationCode.DENOMINATOR).get().subjectCodes());
    assertEquals(AFFECTED_13MSP, e.population(PopulationCode.INITIAL_POPULATION).get().subjectCodes());
    assertEquals(List.of("SSD"), e.population(PopulationCode.NO_DATA).get().subjectCodes());
  }

  @Test
  void thePopulationIsComputedOnTheCycleDateInForce() {
    Evaluation e = IndicatorEvaluator.of().evaluate(LAP_23_2, dataset(), cycle("13MSP"));

    assertEquals(LocalDate.of(2025, 4, 30), e.date());
    assertEquals("States Parties (Convention in force on 2025-04-30) with an outstanding Article 4 clearance obligation",
        e.populationRule());
    SubjectEntry ssd = e.subject("SSD").orElseThrow();
    assertEquals(SubjectOutcome.NO_DATA, ssd.outcome());
    assertEquals(List.of(ELEMENT), ssd.unmetElements());
    // South Sudan deposited on 3 Aug 2023: in force on 1 Feb 2024 (Art. 17(2)), ten years to clear (Art. 4(1)(a)).
    assertEquals("State Party: Convention in force since 2024-02-01 (deposit 2023-08-03)", ssd.reasons().get(0).text());
    assertEquals("Article 4 clearance (contamination at entry into force) (Art. 4(1)(a)): PENDING, deadline 2034-02-01",
        ssd.reasons().get(1).text());
    assertEquals(SourceRef.of("RD", "para 86"), ssd.reasons().get(1).source().get());
  }

  @Test
  void eachCountedStateCitesItsFactAndSource() {
    Evaluation e = IndicatorEvaluator.of().evaluate(LAP_23_2, dataset(), cycle("13MSP"));

    for (SubjectEntry s : e.numerator()) {
      assertEquals(SubjectOutcome.COUNTED, s.outcome());
      Fact fact = s.facts().get(0);
      assertEquals(ELEMENT, fact.element());
      assertTrue(fact.value().isAffirmative());
      assertEquals(article7(s.subject(), "13MSP"), fact.source());
      assertTrue(s.sources().contains(article7(s.subject(), "13MSP")), s.subject() + " cites its Article 7 report");
      assertTrue(s.sources().contains(SourceRef.of("RD", "para 86")), s.subject() + " cites its Article 4 obligation");
    }
    assertEquals("Lao People's Democratic Republic", e.subject("LAO").get().name().get());
  }

  @Test
  void aStateThatReportsNoIsInTheDenominatorButNotTheNumerator() {
    MonitoringDataset d = MonitoringDataset.builder().from(dataset())
        .addFacts(reported("SSD", "13MSP", ELEMENT, false)).build();
    Evaluation e = IndicatorEvaluator.of().evaluate(LAP_23_2, d, cycle("13MSP"));

    assertEquals(9L, e.score().get().count().get());
    assertEquals(10, e.denominator().size());
    assertTrue(e.noData().isEmpty());
    assertEquals(SubjectOutcome.NOT_COUNTED, e.subject("SSD").get().outcome());
  }

  @Test
  void theComputedValueStandsBesideThePublishedOne() {
    Evaluation same = IndicatorEvaluator.of().evaluate(LAP_23_2, dataset(published(9)), cycle("13MSP"));
    PublishedComparison c = same.published().get(0);
    assertEquals(BigDecimal.valueOf(9), c.computed().get());
    assertFalse(c.differs());
    assertFalse(same.hasPublishedDifference());

    Evaluation other = IndicatorEvaluator.of().evaluate(LAP_23_2, dataset(published(8)), cycle("13MSP"));
    assertTrue(other.hasPublishedDifference());
    assertEquals(BigDecimal.ONE, other.published().get(0).difference().get());
    assertEquals(new BigDecimal("90.00"), other.value().get(), "the computed value is kept, the difference shown");
  }

  @Test
  void statesNamedByOnlyOneSideAreShown() {
    PublishedValue named = PublishedValue.builder().indicator("LAP-23.2").cycle("13MSP").value(BigDecimal.valueOf(9))
        .denominator(BigDecimal.TEN).unit(FigureUnit.COUNT).source(SourceRef.of("UNIDIR", "p. 23"))
        .addStates("AFG", "CHL", "DEU", "IRQ", "LAO", "LBN", "MRT", "SSD", "TCD").build();
    Evaluation e = IndicatorEvaluator.of().evaluate(LAP_23_2, dataset(named), cycle("13MSP"));
    PublishedComparison c = e.published().get(0);

    assertEquals(List.of("SSD"), c.onlyPublished());
    assertEquals(List.of("SOM"), c.onlyComputed());
    assertEquals(false, c.valueDiffers().get());
    assertEquals(false, c.denominatorDiffers().get());
    assertTrue(c.differs());
  }
}
