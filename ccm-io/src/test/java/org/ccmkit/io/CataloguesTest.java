package org.ccmkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableListMultimap;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccmkit.model.convention.ArticleRef;
import org.ccmkit.model.plan.Action;
import org.ccmkit.model.plan.ActionPlan;
import org.ccmkit.model.plan.Baseline;
import org.ccmkit.model.plan.FigureUnit;
import org.ccmkit.model.plan.Indicator;
import org.ccmkit.model.plan.NoteKind;
import org.ccmkit.model.plan.PlanStatus;
import org.ccmkit.model.plan.PopulationBase;
import org.ccmkit.model.plan.ThematicArea;
import org.ccmkit.model.state.PartyBasis;
import org.junit.jupiter.api.Test;

/**
 * The shipped catalogues against the documents: counts, verbatim text and baselines, each with the seed line it comes
 * from (LAP: 004_cbf4d61ee2fb13d8.txt; VCAP: 002_040aa1943e1458dd.txt).
 */
class CataloguesTest {

  static final ActionPlan LAP = Catalogues.lausanne();
  static final ActionPlan VCAP = Catalogues.vientianeCapital();

  static Map<String, Integer> actionsPerArea(ActionPlan plan) {
    Map<String, Integer> m = new LinkedHashMap<>();
    plan.actionsByArea().asMap().forEach((area, actions) -> m.put(area.id(), actions.size()));
    return m;
  }

  @Test
  void lausanneHasFiftyActionsAndSeventySevenIndicators() {
    assertEquals(50, LAP.actions().size());
    assertEquals(77, LAP.indicators().size());
    assertEquals(PlanStatus.ADOPTED, LAP.status());
    assertEquals(Map.of("LAP-II", 9, "LAP-III", 2, "LAP-IV", 6, "LAP-V", 9, "LAP-VI", 4, "LAP-VII", 7, "LAP-VIII", 5,
        "LAP-IX", 4, "LAP-X", 2, "LAP-XI", 2), actionsPerArea(LAP));
    assertEquals(List.of("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"),
        LAP.areas().stream().map(a -> a.numeral().get()).toList());
  }

  @Test
  void lausanneIndicatorsPerThematicArea() {
    ImmutableListMultimap<ThematicArea, Indicator> byArea = LAP.indicatorsByArea();
    Map<String, Integer> counts = new LinkedHashMap<>();
    byArea.asMap().forEach((a, is) -> counts.put(a.id(), is.size()));
    assertEquals(Map.of("LAP-II", 15, "LAP-III", 7, "LAP-IV", 8, "LAP-V", 13, "LAP-VI", 5, "LAP-VII", 11,
        "LAP-VIII", 8, "LAP-IX", 4, "LAP-X", 4, "LAP-XI", 2), counts);
  }

  @Test
  void vientianeCapitalHasFortyThreeActionsAndOneHundredThirteenIndicators() {
    assertEquals(43, VCAP.actions().size());
    assertEquals(113, VCAP.indicators().size());
    assertEquals(PlanStatus.DRAFT, VCAP.status());
    assertEquals(Map.of("VCAP-II", 10, "VCAP-III", 2, "VCAP-IV", 6, "VCAP-V", 9, "VCAP-VI", 1, "VCAP-VII", 4,
        "VCAP-VIII", 4, "VCAP-TRANSPARENCY", 3, "VCAP-IX", 2, "VCAP-X", 2), actionsPerArea(VCAP));
    Map<List<FigureUnit>, Long> byUnits = VCAP.indicators().stream()
        .collect(Collectors.groupingBy(Indicator::units, Collectors.counting()));
    assertEquals(Map.of(List.of(FigureUnit.PERCENT), 68L, List.of(FigureUnit.COUNT), 41L,
        List.of(FigureUnit.PERCENT, FigureUnit.COUNT), 3L, List.of(FigureUnit.QUANTITY), 1L), byUnits);
  }

  @Test
  void vcapAction27IsAPlaceholderWithoutIndicator() {
    Action a27 = VCAP.action(27).get();
    assertTrue(a27.indicators().isEmpty());
    assertTrue(a27.notes().stream().anyMatch(n -> n.kind() == NoteKind.MISSING_INDICATOR));
  }

  @Test
  void actionsAreInDocumentOrderAndNumberedWithoutGaps() {
    for (ActionPlan plan : Catalogues.plans()) {
      for (int i = 0; i < plan.actions().size(); i++) {
        assertEquals(i + 1, plan.actions().get(i).number(), plan.id());
      }
    }
  }

  @Test
  void verbatimTextOfLausanneAction23AndItsSecondIndicator() {
    // LAP line 112
    Action a23 = LAP.action(23).get();
    assertEquals("Ensure that activities related to survey and clearance are given due priority based on clear "
        + "nationally driven humanitarian and sustainable development criteria, which take account of environmental "
        + "concerns, and that national programmes consider gender and diversity in all appropriate activities related "
        + "to survey and clearance of cluster munition remnants within affected communities.", a23.text());
    Indicator i = LAP.indicator("LAP-23.2").get();
    assertEquals(PopulationBase.AFFECTED_STATES_PARTIES, i.population().base());
    assertEquals(PartyBasis.IN_FORCE, i.population().basis());
    assertTrue(i.text().startsWith("The number of affected States Parties"), i.text());
  }

  @Test
  void lausanneAction11HasFourLetteredSubActions() {
    // LAP lines 68-76
    Action a11 = LAP.action(11).get();
    assertEquals(List.of("a", "b", "c", "d"), a11.subActions().stream().map(s -> s.letter()).toList());
    assertEquals(4, a11.indicators().size());
  }

  @Test
  void slidIndicatorsAreAttributedAsThePlanMeansWithANote() {
    // The converted annex prints action 30's only indicator in action 31's row (line 265).
    Indicator i30 = LAP.indicator("LAP-30.1").get();
    assertTrue(i30.text().contains("residual contamination"), i30.text());
    assertTrue(i30.notes().stream().anyMatch(n -> n.kind() == NoteKind.ATTRIBUTION));
    // LAP-29.2 continues across the page break into action 30's row (lines 261 and 264).
    Indicator i29 = LAP.indicator("LAP-29.2").get();
    assertTrue(i29.text().endsWith("behavioural change, in annual transparency reports"), i29.text());
    assertTrue(i29.notes().stream().anyMatch(n -> n.kind() == NoteKind.SPLIT_ROW));
    assertEquals(1, LAP.action(31).get().indicators().size());
    assertTrue(LAP.indicator("LAP-31.1").get().text().contains("disaggregated by gender, age and disability"));
  }

  @Test
  void typosAreKeptVerbatim() {
    assertTrue(LAP.indicator("LAP-4.2").get().text().startsWith("The number women presiding"));
    assertTrue(LAP.indicator("LAP-42.1").get().text().contains("haven taken"));
  }

  static Baseline baseline(String id) {
    return VCAP.indicator(id).get().baseline().get();
  }

  @Test
  void everyNumericBaselineOfTheVcapAsPrinted() {
    // line 217: (baseline 112)
    assertEquals("112", baseline("VCAP-12.a").raw());
    assertEquals(new BigDecimal("112"), baseline("VCAP-12.a").value().get());
    assertEquals("mid-2026", baseline("VCAP-12.a").asOf());
    // line 218: (baseline 16; 13MSP)
    assertEquals(new BigDecimal("16"), baseline("VCAP-12.b").value().get());
    assertEquals("13MSP", baseline("VCAP-12.b").asOf());
    // line 220: (baseline 40 or 70% of all States not party; 2025)
    assertEquals("40 or 70% of all States not party; 2025", baseline("VCAP-12.d").raw());
    assertEquals(new BigDecimal("40"), baseline("VCAP-12.d").value().get());
    assertEquals(new BigDecimal("70"), baseline("VCAP-12.d").percent().get());
    assertEquals("2025", baseline("VCAP-12.d").asOf());
    // lines 239-240: (baseline 0)
    assertEquals(BigDecimal.ZERO, baseline("VCAP-13.a").value().get());
    assertEquals(BigDecimal.ZERO, baseline("VCAP-13.b").value().get());
    // lines 258, 260: (baseline 0; 2026)
    assertEquals("0; 2026", baseline("VCAP-15.a").raw());
    assertEquals("2026", baseline("VCAP-15.b").asOf());
    // line 272: (baseline 2/100%)
    assertEquals("2/100%", baseline("VCAP-16.b").raw());
    assertEquals(new BigDecimal("2"), baseline("VCAP-16.b").value().get());
    assertEquals(new BigDecimal("100"), baseline("VCAP-16.b").percent().get());
    // lines 652, 664, 666, 668: (baseline 0)
    for (String id : List.of("VCAP-42.a", "VCAP-43.a", "VCAP-43.b", "VCAP-43.c")) {
      assertEquals(BigDecimal.ZERO, baseline(id).value().get(), id);
    }
    long numeric = VCAP.indicators().stream().filter(i -> i.baseline().get().isKnown()).count();
    assertEquals(12, numeric);
  }

  @Test
  void unknownBaselinesKeepTheirRawText() {
    assertEquals("X%", baseline("VCAP-1.a").raw());
    assertFalse(baseline("VCAP-1.a").isKnown());
    assertEquals(";", baseline("VCAP-36.b").raw());
    assertEquals("-", baseline("VCAP-42.b").raw());
    assertTrue(VCAP.indicators().stream().allMatch(i -> i.baseline().isPresent()));
    assertTrue(LAP.indicators().stream().allMatch(i -> i.baseline().isEmpty()));
  }

  @Test
  void inconsistenciesOfTheDocumentAreMarked() {
    // line 125: a "Number of" line under a "Percentage of:" heading
    Indicator i = VCAP.indicator("VCAP-6.c").get();
    assertEquals(List.of(FigureUnit.COUNT), i.units());
    assertTrue(i.notes().stream().anyMatch(n -> n.kind() == NoteKind.INCONSISTENCY));
    // lines 339-340: "Number of" with an "X%" baseline
    assertTrue(VCAP.indicator("VCAP-21.a").get().notes().stream().anyMatch(n -> n.kind() == NoteKind.INCONSISTENCY));
  }

  @Test
  void everyIndicatorIsCompleteAndEveryReferenceResolves() {
    Set<String> ids = new HashSet<>();
    for (ActionPlan plan : Catalogues.plans()) {
      for (Indicator i : plan.indicators()) {
        assertTrue(ids.add(i.id()), "unique id " + i.id());
        assertFalse(i.text().isBlank(), i.id());
        assertTrue(i.id().matches(plan.id() + "-\\d+\\.[0-9a-z]+"), i.id());
      }
      assertEquals(List.of(), Catalogues.unresolvedDataElements(plan, Catalogues.dataElements()), plan.id());
    }
    assertTrue(VCAP.indicator("VCAP-19.a").isPresent());
    assertTrue(LAP.indicator("LAP-23.2").isPresent());
  }

  @Test
  void theConventionHasTwentyThreeArticles() {
    assertEquals(23, Catalogues.convention().articles().size());
    assertEquals("Victim assistance", Catalogues.convention().article(5).title());
    assertEquals("Clearance and destruction of cluster munition remnants and risk reduction education",
        Catalogues.convention().article(ArticleRef.of(4, "1", "a")).title());
  }

  @Test
  void theVocabularyTiesFactsToArticle7Items() {
    assertTrue(Catalogues.dataElements().elements().size() >= 100);
    assertTrue(Catalogues.dataElements().elements().stream()
        .anyMatch(e -> e.article7().map(a -> a.equals(ArticleRef.of(7, "1", "h"))).orElse(false)));
  }
}
