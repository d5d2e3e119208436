package org.ccmkit.model.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.ccmkit.model.SourceRef;
import org.ccmkit.model.state.PartyBasis;
import org.junit.jupiter.api.Test;

/**
 * An indicator's units, headline first: "Number and percentage of …" is PERCENT then COUNT, and only the five lists
 * the plans' wordings give are an indicator's units.
 */
@StatisticsReport(onFailureOnly = true)
class IndicatorUnitsTest {

  private static Indicator indicator(List<FigureUnit> units) {
    return Indicator.builder().id("VCAP-21.a").planId("VCAP").actionNumber(21)
        .text("States Parties which have submitted a request for an extension").units(units)
        .subject(SubjectKind.STATES_PARTIES)
        .population(Population.of(PopulationBase.STATES_PARTIES, PartyBasis.IN_FORCE)).direction(Direction.INCREASE)
        .source(SourceRef.of("VCAP", "line 1")).build();
  }

  @Test
  void numberAndPercentageHasThePercentageAsItsHeadline() {
    Indicator both = indicator(List.of(FigureUnit.PERCENT, FigureUnit.COUNT));
    assertEquals(FigureUnit.PERCENT, both.headlineUnit());
    assertTrue(both.isExpressedIn(FigureUnit.COUNT));
    assertTrue(both.isExpressedIn(FigureUnit.PERCENT));
    assertFalse(both.isExpressedIn(FigureUnit.QUANTITY));
  }

  @Test
  void theCountFirstIsRefusedWithTheListsThatAreAllowed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> indicator(List.of(FigureUnit.COUNT, FigureUnit.PERCENT)));
    assertEquals("Indicator.units must be [COUNT], [PERCENT], [PERCENT, COUNT], [QUANTITY] or [CHANGE], headline "
        + "first; VCAP-21.a was [COUNT, PERCENT]", e.getMessage());
  }

  @Test
  void noUnitsAndAnAverageAreRefused() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> indicator(List.of())).getMessage()
        .endsWith("VCAP-21.a was []"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> indicator(List.of(FigureUnit.AVERAGE)))
        .getMessage().endsWith("VCAP-21.a was [AVERAGE]"));
  }

  /** Every list of up to three units, each once (156 of them): the five allowed and the 151 others. */
  @Property(generation = GenerationMode.EXHAUSTIVE)
  void anIndicatorIsBuiltExactlyFromTheListsOfIndicatorUnits(@ForAll @Size(max = 3) List<FigureUnit> units) {
    boolean allowed = FigureUnit.INDICATOR_UNITS.contains(units);
    assertEquals(allowed, FigureUnit.isIndicatorUnits(units), "isIndicatorUnits " + units);
    Statistics.label("allowed").collect(allowed);
    Statistics.label("allowed").coverage(c -> {
      c.check(true).count(n -> n == 5);
      c.check(false).count(n -> n == 151);
    });
    if (allowed) {
      Indicator i = indicator(units);
      assertEquals(units, i.units());
      assertEquals(units.get(0), i.headlineUnit());
    } else {
      assertThrows(IllegalArgumentException.class, () -> indicator(units));
    }
  }

  @Test
  void theListsAreFiveAndNoneHasAnAverage() {
    assertEquals(5, FigureUnit.INDICATOR_UNITS.size());
    assertTrue(FigureUnit.INDICATOR_UNITS.stream().noneMatch(u -> u.contains(FigureUnit.AVERAGE)));
    assertEquals(ImmutableList.of(FigureUnit.PERCENT, FigureUnit.COUNT), FigureUnit.INDICATOR_UNITS.get(2));
  }
}
