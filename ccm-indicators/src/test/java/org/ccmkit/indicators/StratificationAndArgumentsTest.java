package org.ccmkit.indicators;

import static org.ccmkit.indicators.Fixtures.LAP_23_2;
import static org.ccmkit.indicators.Fixtures.cycle;
import static org.ccmkit.indicators.Fixtures.reported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.report.Stratification;
import org.ccmkit.indicators.report.Stratum;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.PopulationCode;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.state.PartyBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Stratification by a State attribute, and the arguments the evaluator refuses. */
class StratificationAndArgumentsTest {

  private static MonitoringDataset dataset() {
    return Fixtures.dataset().addAllObligations(Fixtures.affectedClearances())
        .addAllFacts(ImmutableList.of("AFG", "CHL", "DEU", "IRQ", "LAO", "LBN", "MRT", "SOM", "TCD").stream()
            .map(s -> reported(s, "13MSP", "gender.integrated-in-clearance-planning", true)).toList())
        .build();
  }

  @Test
  void theAffectedStatesPartiesByRegionalGroup() {
    Evaluation e = IndicatorEvaluator.of().evaluate(LAP_23_2, dataset(), cycle("13MSP"));
    Stratification s = IndicatorEvaluator.of().stratify(e, dataset(), "region");

    assertEquals(List.of("African", "Asia-Pacific", "Latin American and Caribbean", "Western European and others"),
        s.strata().stream().map(Stratum::value).toList());
    Stratum africa = s.stratum("African").get();
    assertEquals(4, africa.count(PopulationCode.DENOMINATOR));
    assertEquals(3, africa.count(PopulationCode.NUMERATOR));
    assertEquals(new BigDecimal("75.00"), africa.score().get().percentage().get());
    assertEquals(List.of("SSD"), africa.populations().get(3).subjectCodes());
    assertEquals(new BigDecimal("100.00"), s.stratum("Asia-Pacific").get().score().get().value());
    assertEquals(9, s.strata().stream().mapToInt(x -> x.count(PopulationCode.NUMERATOR)).sum());
  }

  @Test
  void subjectsWithoutTheAttributeFormTheirOwnStratum() {
    Evaluation e = IndicatorEvaluator.of().evaluate(
        Fixtures.indicator("LAP-10.1", List.of(FigureUnit.COUNT), PopulationBase.STATES_PARTIES,
            PartyBasis.INSTRUMENT_DEPOSITED), dataset(), cycle("13MSP"));
    Stratification s = IndicatorEvaluator.of().stratify(e, dataset(), "region");
    assertEquals(111 - 10, s.stratum(Stratum.NOT_RECORDED).get().count(PopulationCode.NUMERATOR));
  }

  @Test
  void anAttributeNoStateHasIsRefusedListingTheKnownOnes() {
    IndicatorEvaluator ev = IndicatorEvaluator.of();
    Evaluation e = ev.evaluate(LAP_23_2, dataset(), cycle("13MSP"));
    IllegalArgumentException misspelt = assertThrows(IllegalArgumentException.class,
        () -> ev.stratify(e, dataset(), "regoin"));
    assertEquals("attribute 'regoin' is not recorded for any State; known attributes: region; did you mean "
        + "'region'?", misspelt.getMessage());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> ev.stratify(e, Fixtures.dataset().stateAttributes(com.google.common.collect.ImmutableTable.of()).build(),
            "region"));
    assertEquals("attribute 'region' is not recorded: the dataset records no State attributes (give them in a "
        + "state-attributes table)", none.getMessage());
  }

  @Test
  void invalidArgumentsAreRefusedNamingTheField() {
    IndicatorEvaluator ev = IndicatorEvaluator.of();
    assertRefused("indicator must not be null", () -> ev.evaluate(null, dataset(), cycle("13MSP")));
    assertRefused("dataset must not be null (indicator LAP-23.2)", () -> ev.evaluate(LAP_23_2, null, cycle("13MSP")));
    assertRefused("cycle must not be null (indicator LAP-23.2)", () -> ev.evaluate(LAP_23_2, dataset(), null));
    assertRefused("plan must not be null", () -> ev.evaluatePlan(null, dataset(), cycle("13MSP")));
    assertRefused("attribute must name a State attribute, was ' '", () -> ev.stratify(
        ev.evaluate(LAP_23_2, dataset(), cycle("13MSP")), dataset(), " "));
    assertRefused("meeting id must look like '13MSP' or '2RC', was 'first year'",
        () -> IndicatorEvaluator.builder().baselineCycle("first year").build());
    assertRefused("MonitoringDataset lists extension request LAO-4-12MSP twice", () -> Fixtures.dataset()
        .addExtensionRequests(request(), request()).build());
  }

  private static org.ccmkit.indicators.data.ExtensionRequest request() {
    return org.ccmkit.indicators.data.ExtensionRequest.builder().state("LAO").article(4).meeting("12MSP")
        .source(org.ccmkit.model.SourceRef.of("RD", "para 83")).build();
  }

  private static void assertRefused(String message, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }
}
