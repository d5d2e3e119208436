package org.ccmkit.indicators;

import static org.ccmkit.indicators.Fixtures.LAP_23_2;
import static org.ccmkit.indicators.Fixtures.cycle;
import static org.ccmkit.indicators.Fixtures.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.indicators.result.PopulationResult;
import org.ccmkit.indicators.result.SubjectEntry;
import org.ccmkit.indicators.result.SubjectOutcome;
import org.ccmkit.model.plan.CountingRule;
import org.ccmkit.model.plan.Indicator;
import org.junit.jupiter.api.Test;

/**
 * A numerator exclusion and a denominator exception, in the manner of FHIR Measure, over the ten affected States
 * Parties of the 13MSP: each with its own subject list, the reason and the fact behind it.
 */
class ExclusionAndExceptionTest {

  private static final String GENDER = "gender.integrated-in-clearance-planning";
  private static final String EXCLUSION = "art4.national-strategy";
  private static final String EXCEPTION = "art4.annual-work-plan";

  private static final Indicator RULED = Indicator.builder().from(LAP_23_2)
      .counting(CountingRule.parse(GENDER + "; numerator-exclusion(" + EXCLUSION + "); denominator-exception("
          + EXCEPTION + ")")).build();

  private static MonitoringDataset dataset() {
    return Fixtures.dataset().addAllObligations(Fixtures.affectedClearances())
        .addAllFacts(ImmutableList.of("AFG", "CHL", "DEU", "LAO").stream()
            .map(s -> reported(s, "13MSP", GENDER, true)).toList())
        .addFacts(reported("IRQ", "13MSP", GENDER, false), reported("MRT", "13MSP", GENDER, false),
            reported("LAO", "13MSP", EXCLUSION, true), reported("IRQ", "13MSP", EXCEPTION, true))
        .build();
  }

  @Test
  void aMemberThatMeetsTheCriterionAndAffirmsTheExclusionIsNotCountedAndStaysInTheDenominator() {
    Evaluation e = IndicatorEvaluator.of().evaluate(RULED, dataset(), cycle("13MSP"));
    assertEquals(List.of("AFG", "CHL", "DEU"), e.numeratorCodes());
    assertEquals(List.of("LAO"), codes(e, PopulationCode.NUMERATOR_EXCLUSION));
    SubjectEntry lao = e.subject("LAO").orElseThrow();
    assertEquals(SubjectOutcome.NOT_COUNTED, lao.outcome());
    assertEquals("Reports art4.national-strategy = true in the 13MSP cycle: a numerator exclusion, so is not counted "
        + "although it meets gender.integrated-in-clearance-planning", lao.reasons().get(lao.reasons().size() - 1)
        .text());
    assertEquals(List.of(GENDER, EXCLUSION), lao.facts().stream().map(f -> f.element()).toList());
    assertEquals(9, e.denominator().size());
    assertEquals("3 of 9 (33.33 %)", e.score().orElseThrow().toString());
  }

  @Test
  void aMemberThatDoesNotMeetTheCriterionAndAffirmsTheExceptionLeavesTheDenominator() {
    Evaluation e = IndicatorEvaluator.of().evaluate(RULED, dataset(), cycle("13MSP"));
    assertEquals(List.of("IRQ"), codes(e, PopulationCode.DENOMINATOR_EXCEPTION));
    SubjectEntry irq = e.subject("IRQ").orElseThrow();
    assertEquals(SubjectOutcome.EXCLUDED, irq.outcome());
    assertEquals("Reports art4.annual-work-plan = true in the 13MSP cycle: a denominator exception, so is not in the "
        + "denominator: it does not meet gender.integrated-in-clearance-planning",
        irq.reasons().get(irq.reasons().size() - 1).text());
    assertEquals(List.of(PopulationCode.INITIAL_POPULATION, PopulationCode.DENOMINATOR_EXCEPTION,
        PopulationCode.DENOMINATOR, PopulationCode.NUMERATOR, PopulationCode.NUMERATOR_EXCLUSION,
        PopulationCode.NO_DATA), e.populations().stream().map(PopulationResult::code).toList());
    assertEquals(List.of("LBN", "SOM", "SSD", "TCD"), codes(e, PopulationCode.NO_DATA));
    assertEquals(e.populationRule(), "States Parties (Convention in force on 2025-04-30) with an outstanding Article 4 "
        + "clearance obligation; counted when it meets " + RULED.counting());
  }

  private static List<String> codes(Evaluation e, PopulationCode code) {
    return e.population(code).orElseThrow().subjectCodes();
  }
}
