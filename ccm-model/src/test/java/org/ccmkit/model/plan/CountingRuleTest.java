package org.ccmkit.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.state.PartyBasis;
import org.junit.jupiter.api.Test;

/** Counting rules read and written as the catalogue holds them, and the rules an indicator refuses. */
class CountingRuleTest {

  private static final String PROVIDED = "cooperation.assistance-provided";
  private static final String RECEIVED = "cooperation.assistance-received";
  private static final String MOBILISED = "cooperation.resources-mobilised";

  @Test
  void lap401ProvidingOrReceivingAssistanceAndMobilisingResourcesReadsAsPrinted() {
    CountingRule rule = CountingRule.parse("all-of(any-of(" + PROVIDED + ", " + RECEIVED + "), " + MOBILISED + ")");
    assertEquals(CountingRule.of(Condition.allOf(List.of(
        Condition.anyOf(List.of(Condition.element(PROVIDED), Condition.element(RECEIVED))),
        Condition.element(MOBILISED)))), rule);
    assertEquals(List.of(PROVIDED, RECEIVED, MOBILISED), rule.condition().elements());
    assertEquals(rule, CountingRule.parse(rule.toString()));
  }

  @Test
  void atLeastNoneOfAnExclusionAndAnExceptionReadAndWriteBack() {
    String text = "at-least-2-of(a.b, c.d, none-of(e.f)); numerator-exclusion(g.h); denominator-exception(i.j)";
    CountingRule rule = CountingRule.parse(text);
    assertEquals(2, rule.condition().atLeast());
    assertEquals(Condition.Kind.NONE_OF, rule.condition().parts().get(2).kind());
    assertEquals(Optional.of("g.h"), rule.numeratorExclusion());
    assertEquals(Optional.of("i.j"), rule.denominatorException());
    assertEquals(text, rule.toString());
  }

  @Test
  void aMalformedRuleIsRefusedNamingThePositionAndWhatWasExpected() {
    assertEquals("Condition 'any-of(a.b, c.d': expected ',' or ')' at position 16",
        assertThrows(IllegalArgumentException.class, () -> CountingRule.parse("any-of(a.b, c.d")).getMessage());
    assertEquals("Condition 'one-of(a.b)': expected all-of, any-of, none-of or at-least-N-of before '(' at position 1",
        assertThrows(IllegalArgumentException.class, () -> CountingRule.parse("one-of(a.b)")).getMessage());
    assertEquals("Condition.atLeast must be between 1 and the number of parts 2, was 3",
        assertThrows(IllegalArgumentException.class, () -> CountingRule.parse("at-least-3-of(a.b, c.d)"))
            .getMessage());
    assertEquals("CountingRule 'a.b; except(c.d)': expected numerator-exclusion(key) or denominator-exception(key) "
        + "after ';', was 'except(c.d)'",
        assertThrows(IllegalArgumentException.class, () -> CountingRule.parse("a.b; except(c.d)")).getMessage());
  }

  @Test
  void anIndicatorsRuleNamesEachOfItsDataElementsOnce() {
    var lap392 = Indicator.builder().id("LAP-39.2").planId("LAP").actionNumber(39).text("providing or receiving")
        .addUnits(FigureUnit.COUNT).subject(SubjectKind.STATES_PARTIES)
        .population(Population.of(PopulationBase.STATES_PARTIES, PartyBasis.INSTRUMENT_DEPOSITED))
        .addDataElements(PROVIDED, RECEIVED).direction(Direction.INCREASE).source(SourceRef.of("LAP", "line 278"));
    assertEquals(CountingRule.allOf(List.of(PROVIDED, RECEIVED)), lap392.build().counting());
    assertEquals("Indicator.counting 'any-of(cooperation.assistance-provided)' must name each of the data elements "
        + "[cooperation.assistance-provided, cooperation.assistance-received] once (LAP-39.2)",
        assertThrows(IllegalArgumentException.class, () -> lap392.counting(CountingRule.parse("any-of(" + PROVIDED
            + ")")).build()).getMessage());
  }
}
