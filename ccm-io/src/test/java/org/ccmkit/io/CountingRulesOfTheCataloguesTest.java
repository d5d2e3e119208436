package org.ccmkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ccmkit.indicators.IndicatorEvaluator;
import org.ccmkit.indicators.data.MonitoringDataset;
import org.ccmkit.indicators.result.Evaluation;
import org.ccmkit.model.plan.ActionPlan;
import org.ccmkit.model.plan.Indicator;
import org.junit.jupiter.api.Test;

/**
 * The indicators whose text joins their data elements by "or" count by that rule, read from the catalogue's {@code
 * counting} field, and show it; every other indicator counts a member that affirms every data element.
 */
class CountingRulesOfTheCataloguesTest {

  @Test
  void theIndicatorsPrintedWithOrCountEitherAndEveryOtherCountsAll() {
    Map<String, String> rules = new TreeMap<>();
    for (ActionPlan plan : Catalogues.plans()) {
      for (Indicator i : plan.indicators()) {
        if (!i.counting().isAllOf(i.dataElements())) {
          rules.put(i.id(), i.counting().toString());
        }
      }
    }
    assertEquals(Map.of(
        // "adopted moratoria … or that report having destroyed their stockpiles"
        "LAP-11.3", "any-of(norms.moratorium-adopted, norms.stockpiles-destroyed)",
        // "providing or receiving financial, material, technological and/or scientific cooperation"
        "LAP-39.2", "any-of(cooperation.assistance-provided, cooperation.assistance-received)",
        // "providing or receiving assistance and mobilising resources"
        "LAP-40.1", "all-of(any-of(cooperation.assistance-provided, cooperation.assistance-received), "
            + "cooperation.resources-mobilised)"), rules);
  }

  @Test
  void providingOrReceivingCooperationCountsTheDonorsTheReviewDocumentNamesAndPeruWhichReceives() {
    MonitoringDataset record = Datasets.publishedRecord().dataset();
    Indicator lap392 = Catalogues.lausanne().indicator("LAP-39.2").orElseThrow();
    Evaluation e = IndicatorEvaluator.of(Catalogues.dataElements()).evaluate(lap392, record,
        record.cycle("13MSP").orElseThrow());
    // RD para 78 names Germany and Norway providing and Peru receiving, para 121 France providing: under all-of, none
    // of them would count, as none reports both.
    assertEquals(List.of("DEU", "FRA", "NOR", "PER"), e.numeratorCodes());
    assertEquals(List.of("cooperation.assistance-received"), e.subject("DEU").orElseThrow().unmetElements());
    assertEquals(List.of("cooperation.assistance-provided"), e.subject("PER").orElseThrow().unmetElements());
    assertTrue(e.populationRule().endsWith("; counted when it meets any-of(cooperation.assistance-provided, "
        + "cooperation.assistance-received)"), e.populationRule());
  }
}
