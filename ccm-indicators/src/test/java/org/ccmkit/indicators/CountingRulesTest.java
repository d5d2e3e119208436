package org.ccmkit.indicators;

import static org.ccmkit.indicators.Fixtures.article7;
import static org.ccmkit.indicators.Fixtures.cycle;
import static org.ccmkit.indicators.Fixtures.indicator;
import static org.ccmkit.indicators.Fixtures.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.ccmkit.indicators.data.ExtensionRequest;
import org.ccmkit.indicators.data.Fact;
import org.ccmkit.indicators.data.FactValue;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.indicators.result.SubjectOutcome;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.plan.Direction;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.Population;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.plan.SubjectKind;
import org.ccmkit.model.plan.ValueType;
import org.ccmkit.model.state.PartyBasis;
import org.junit.jupiter.api.Test;

/** The counting rules: every element, qualifiers, disagreeing sources, quantities, counts without population. */
class CountingRulesTest {

  private static final String STRATEGY = "art4.national-strategy";
  private static final String WORK_PLAN = "art4.annual-work-plan";

  @Test
  void aSubjectIsCountedWhenItAffirmsEveryDataElement() {
    // LAP-19.1: "… developed evidence-based national strategies and work plans": both elements.
    Indicator both = indicator("LAP-19.1", List.of(FigureUnit.COUNT), PopulationBase.AFFECTED_STATES_PARTIES, PartyBasis.IN_FORCE,
        STRATEGY, WORK_PLAN);
    MonitoringDataset d = Fixtures.dataset().addAllObligations(Fixtures.affectedClearances())
        .addFacts(reported("LAO", "13MSP", STRATEGY, true), reported("LAO", "13MSP", WORK_PLAN, true),
            reported("IRQ", "13MSP", STRATEGY, true), reported("LBN", "13MSP", WORK_PLAN, false))
        .build();
    Evaluation e = IndicatorEvaluator.of().evaluate(both, d, cycle("13MSP"));

    assertEquals(List.of("LAO"), e.numeratorCodes());
    assertEquals(SubjectOutcome.NOT_COUNTED, e.subject("IRQ").get().outcome());
    assertEquals(List.of(WORK_PLAN), e.subject("IRQ").get().unmetElements());
    assertEquals(List.of(STRATEGY, WORK_PLAN), e.subject("LBN").get().unmetElements());
    assertEquals(7, e.noData().size());
    assertEquals(2, e.subject("LAO").get().facts().size());
  }

  @Test
  void whereSourcesDisagreeBothAreKeptAndTheAffirmativeOneCounts() {
    Indicator strategy = indicator("LAP-19.1", List.of(FigureUnit.COUNT), PopulationBase.AFFECTED_STATES_PARTIES,
        PartyBasis.IN_FORCE, STRATEGY);
    Fact no = Fact.of("TCD", "13MSP", STRATEGY, FactValue.of(false), article7("TCD", "13MSP"));
    Fact yes = Fact.of("TCD", "13MSP", STRATEGY, FactValue.of(true), SourceRef.of("RD", "para 98"));
    MonitoringDataset d = Fixtures.dataset().addAllObligations(Fixtures.affectedClearances())
        .addFacts(no, yes, no).build();
    Evaluation e = IndicatorEvaluator.of().evaluate(strategy, d, cycle("13MSP"));

    assertEquals(List.of("TCD"), e.numeratorCodes());
    assertEquals(List.of(no, yes), e.subject("TCD").get().facts(), "both sources, once each, sorted by source");
  }

  @Test
  void aQualifierNarrowsTheDenominatorAndListsTheExclusions() {
    // LAP-3.1: donor States Parties (reporting cooperation.assistance-provided) that support affected States Parties.
    Indicator donors = Indicator.builder().from(indicator("LAP-3.1", List.of(FigureUnit.PERCENT), PopulationBase.STATES_PARTIES,
            PartyBasis.INSTRUMENT_DEPOSITED, "cooperation.assistance-to-affected-states-parties"))
        .population(Population.of(PopulationBase.STATES_PARTIES, PartyBasis.INSTRUMENT_DEPOSITED,
            "cooperation.assistance-provided"))
        .build();
    MonitoringDataset d = Fixtures.dataset()
        .addFacts(reported("NOR", "13MSP", "cooperation.assistance-provided", true),
            reported("CHE", "13MSP", "cooperation.assistance-provided", true),
            reported("FRA", "13MSP", "cooperation.assistance-provided", false),
            reported("NOR", "13MSP", "cooperation.assistance-to-affected-states-parties", true),
            reported("AUT", "13MSP", "cooperation.assistance-to-affected-states-parties", true))
        .build();
    Evaluation e = IndicatorEvaluator.of().evaluate(donors, d, cycle("13MSP"));

    assertEquals(List.of("CHE", "NOR"), e.population(PopulationCode.DENOMINATOR).get().subjectCodes());
    assertEquals(109, e.exclusions().size());
    assertEquals(111, e.initialPopulation().size());
    assertEquals(List.of("NOR"), e.numeratorCodes());
    assertEquals(new BigDecimal("50.00"), e.value().get());
    assertEquals(SubjectOutcome.EXCLUDED, e.subject("AUT").get().outcome(), "Austria does not report as a donor");
    assertTrue(e.subject("FRA").get().reasons().get(1).text().startsWith("Does not affirm cooperation.assistance"));
    assertTrue(e.populationRule().endsWith(", narrowed to those reporting cooperation.assistance-provided"));
  }

  @Test
  void extensionRequestsMeetAnArticleQualifierByTheirArticle() {
    // VCAP-21.a: Article 4 extension requests with costed multi-year work plans.
    Indicator costed = Indicator.builder().id("VCAP-21.a").planId("VCAP").actionNumber(21)
        .text("extension requests that include detailed and costed multi-year workplans").addUnits(FigureUnit.COUNT)
        .subject(SubjectKind.EXTENSION_REQUESTS)
        .population(Population.of(PopulationBase.EXTENSION_REQUESTS, PartyBasis.INSTRUMENT_DEPOSITED,
            "art4.extension-request"))
        .addDataElements("art4.extension-request-costed-work-plan").direction(Direction.INCREASE)
        .source(SourceRef.of("VCAP", "line 380")).build();
    SourceRef rd = SourceRef.of("RD", "para 83, fn 12");
    MonitoringDataset d = Fixtures.dataset()
        .addExtensionRequests(ExtensionRequest.builder().state("AFG").article(4).meeting("13MSP").source(rd).build(),
            ExtensionRequest.builder().state("LBN").article(4).meeting("13MSP").source(rd).build(),
            ExtensionRequest.builder().state("PER").article(3).meeting("13MSP").source(rd).build())
        .addFacts(Fact.of("AFG-4-13MSP", "13MSP", "art4.extension-request-costed-work-plan", FactValue.of(true),
            SourceRef.of("CCM/MSP/2025/5", "para 3")))
        .build();
    Evaluation e = IndicatorEvaluator.of().evaluate(costed, d, cycle("13MSP"));

    assertEquals(List.of("AFG-4-13MSP", "LBN-4-13MSP"), e.population(PopulationCode.DENOMINATOR).get().subjectCodes());
    assertEquals(List.of("PER-3-13MSP"), e.population(PopulationCode.DENOMINATOR_EXCLUSION).get().subjectCodes());
    assertEquals(List.of("AFG-4-13MSP"), e.numeratorCodes());
    assertEquals(List.of("LBN-4-13MSP"), e.population(PopulationCode.NO_DATA).get().subjectCodes());
  }

  @Test
  void aQuantitySumsTheNumericFactsOfThePopulation() {
    // LAP-17.2: retained munitions destroyed, over the retaining States Parties; Norway is not retaining here.
    Indicator destroyed = indicator("LAP-17.2", List.of(FigureUnit.QUANTITY), PopulationBase.STATES_PARTIES_RETAINING,
        PartyBasis.IN_FORCE, "retention.quantity-destroyed");
    MonitoringDataset d = Fixtures.dataset()
        .addObligations(org.ccmkit.model.obligation.Retention.of(Fixtures.state("DEU"),
                Fixtures.standing("DEU").entryIntoForce().get()),
            org.ccmkit.model.obligation.Retention.of(Fixtures.state("FRA"),
                Fixtures.standing("FRA").entryIntoForce().get()))
        .addFacts(quantity("DEU", 120), quantity("FRA", 35), quantity("NOR", 1000),
            Fact.of("FRA", "13MSP", "retention.quantity-destroyed", FactValue.of(ValueType.QUANTITY,
                BigDecimal.valueOf(30)), SourceRef.of("RD", "para 70")))
        .build();
    Evaluation e = IndicatorEvaluator.of().evaluate(destroyed, d, cycle("13MSP"));

    assertEquals(new BigDecimal("155"), e.value().get(), "120 + 35: France's greater figure, Norway not retaining");
    assertEquals(2L, e.score().get().count().get());
    assertEquals(new BigDecimal("35"), e.subject("FRA").get().quantity().get());
  }

  @Test
  void aCountWithoutPopulationAddsUpWhatTheFactsCount() {
    // LAP-11.1: "The number of confirmed cases of cluster munitions' use", reported as numbers.
    Indicator cases = Indicator.builder().id("LAP-11.1").planId("LAP").actionNumber(11)
        .text("The number of confirmed cases of cluster munitions' use").addUnits(FigureUnit.COUNT)
        .subject(SubjectKind.CASES).population(Population.of(PopulationBase.NONE, PartyBasis.INSTRUMENT_DEPOSITED))
        .addDataElements("norms.confirmed-use-case").direction(Direction.DECREASE)
        .source(SourceRef.of("LAP", "line 230")).build();
    SourceRef monitor = SourceRef.of("CMM-2024", "p. 1");
    MonitoringDataset d = Fixtures.dataset()
        .addFacts(Fact.of("13MSP", "13MSP", "norms.confirmed-use-case", FactValue.count(3), monitor),
            Fact.of("13MSP", "13MSP", "norms.confirmed-use-case", FactValue.count(2), SourceRef.of("RD", "para 30")),
            Fact.of("12MSP", "12MSP", "norms.confirmed-use-case", FactValue.count(4), monitor))
        .build();
    Evaluation e = IndicatorEvaluator.of().evaluate(cases, d, cycle("13MSP"));

    assertEquals(3L, e.score().get().count().get(), "the greater of the two sources' counts");
    assertTrue(e.population(PopulationCode.DENOMINATOR).isEmpty());
    assertEquals(List.of("13MSP"), e.numeratorCodes());
    assertTrue(e.populationRule().startsWith("No population"));
  }

  private static Fact quantity(String state, long n) {
    return Fact.of(state, "13MSP", "retention.quantity-destroyed", FactValue.of(ValueType.QUANTITY,
        BigDecimal.valueOf(n)), article7(state, "13MSP"));
  }
}
