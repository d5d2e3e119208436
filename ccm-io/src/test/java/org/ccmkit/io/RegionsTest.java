package org.ccmkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ccmkit.indicators.IndicatorEvaluator;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.report.Stratification;
import org.ccmkit.indicators.report.Stratum;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.indicators.result.PopulationResult;
import org.ccmkit.model.state.Standing;
import org.junit.jupiter.api.Test;

/**
 * The UN M49 regions shipped with the record: every one of its 197 States has a region and a sub-region of the
 * standard, and stratifying by them gives named strata that add up to the whole.
 */
class RegionsTest {

  private static final MonitoringDataset DATA = Datasets.publishedRecord().dataset();
  private static final IndicatorEvaluator EVALUATOR = IndicatorEvaluator.of(Catalogues.dataElements());

  /** M49's sub-regions, each with its region. */
  private static final Map<String, String> SUB_REGIONS = Map.ofEntries(
      Map.entry("Northern Africa", "Africa"), Map.entry("Sub-Saharan Africa", "Africa"),
      Map.entry("Latin America and the Caribbean", "Americas"), Map.entry("Northern America", "Americas"),
      Map.entry("Central Asia", "Asia"), Map.entry("Eastern Asia", "Asia"), Map.entry("South-eastern Asia", "Asia"),
      Map.entry("Southern Asia", "Asia"), Map.entry("Western Asia", "Asia"), Map.entry("Eastern Europe", "Europe"),
      Map.entry("Northern Europe", "Europe"), Map.entry("Southern Europe", "Europe"),
      Map.entry("Western Europe", "Europe"), Map.entry("Australia and New Zealand", "Oceania"),
      Map.entry("Melanesia", "Oceania"), Map.entry("Micronesia", "Oceania"), Map.entry("Polynesia", "Oceania"));

  @Test
  void everyStateOfTheRegisterHasAnM49RegionAndSubRegion() {
    assertEquals(197, DATA.register().standings().size());
    Map<String, Integer> byRegion = new TreeMap<>();
    for (Standing s : DATA.register().standings()) {
      String code = s.state().code();
      String region = DATA.stateAttributes().get(code, "region");
      String subRegion = DATA.stateAttributes().get(code, "sub-region");
      assertEquals(SUB_REGIONS.get(subRegion), region, code + " " + subRegion);
      byRegion.merge(region, 1, Integer::sum);
    }
    assertEquals(Map.of("Africa", 54, "Americas", 35, "Asia", 48, "Europe", 44, "Oceania", 16), byRegion);
    assertEquals(Set.of("region", "sub-region"), DATA.stateAttributes().columnKeySet());
    // Known placements: Cyprus in Western Asia, Sudan in Northern Africa, Mauritania south of the Sahara.
    assertEquals("Western Asia", DATA.stateAttributes().get("CYP", "sub-region"));
    assertEquals("Northern Africa", DATA.stateAttributes().get("SDN", "sub-region"));
    assertEquals("Sub-Saharan Africa", DATA.stateAttributes().get("MRT", "sub-region"));
    assertEquals("South-eastern Asia", DATA.stateAttributes().get("LAO", "sub-region"));
  }

  @Test
  void theAffectedStatesPartiesByRegionAddUpToTheWhole() {
    Evaluation e = EVALUATOR.evaluate(Catalogues.lausanne().indicator("LAP-23.2").get(), DATA,
        DATA.cycle("13MSP").get());
    Stratification s = EVALUATOR.stratify(e, DATA, "region");
    // RD para 86's ten: AFG, IRQ, LAO, LBN (Asia); MRT, SOM, SSD, TCD (Africa); CHL (Americas); DEU (Europe).
    assertEquals(List.of("Africa", "Americas", "Asia", "Europe"), s.strata().stream().map(Stratum::value).toList());
    assertEquals(List.of(4, 1, 4, 1), s.strata().stream().map(x -> x.count(
        org.ccmkit.indicators.result.PopulationCode.DENOMINATOR)).toList());
    assertAddsUp(e, s);
  }

  @Test
  void everyIndicatorOfThePlanAtThe13mspAddsUpByRegionAndSubRegionWithEveryStratumNamed() {
    for (Evaluation e : EVALUATOR.evaluatePlan(Catalogues.lausanne(), DATA, DATA.cycle("13MSP").get())) {
      for (String attribute : List.of("region", "sub-region")) {
        Stratification s = EVALUATOR.stratify(e, DATA, attribute);
        assertAddsUp(e, s);
        // Subjects that are not States (meetings, extension requests of a State) take their State's, or none.
        boolean statesOnly = e.populations().stream().flatMap(p -> p.subjectCodes().stream())
            .allMatch(c -> c.matches("[A-Z]{3}"));
        if (statesOnly) {
          assertFalse(s.stratum(Stratum.NOT_RECORDED).isPresent(), e.indicator().id() + " by " + attribute);
        }
      }
    }
  }

  @Test
  void anUnknownAttributeListsTheKnownOnes() {
    Evaluation e = EVALUATOR.evaluate(Catalogues.lausanne().indicator("LAP-23.2").get(), DATA,
        DATA.cycle("13MSP").get());
    IllegalArgumentException x = assertThrows(IllegalArgumentException.class,
        () -> EVALUATOR.stratify(e, DATA, "subregion"));
    assertEquals("attribute 'subregion' is not recorded for any State; known attributes: region, sub-region; did you "
        + "mean 'sub-region'?", x.getMessage());
  }

  private static void assertAddsUp(Evaluation e, Stratification s) {
    for (PopulationResult p : e.populations()) {
      assertEquals(p.count(), s.strata().stream().mapToInt(x -> x.count(p.code())).sum(),
          e.indicator().id() + " " + p.code().code() + " by " + s.attribute());
    }
    assertTrue(s.strata().stream().noneMatch(x -> x.value().isBlank()));
  }
}
