package org.ccmkit.indicators.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.ccmkit.model.plan.FigureUnit;
import org.junit.jupiter.api.Test;

/** A score carries its indicator's units, headline first, and its headline value is in the headline unit. */
class ScoreUnitsTest {

  private static final List<FigureUnit> NUMBER_AND_PERCENTAGE = List.of(FigureUnit.PERCENT, FigureUnit.COUNT);

  @Test
  void numberAndPercentageHeadlinesThePercentageAndKeepsTheCount() {
    // VCAP-21.a's form: "Number and percentage of States Parties ...", 3 of 12.
    Score s = Score.of(NUMBER_AND_PERCENTAGE, 3, 12);
    assertEquals(FigureUnit.PERCENT, s.unit());
    assertEquals(new BigDecimal("25.00"), s.value());
    assertEquals(BigDecimal.valueOf(3), s.in(FigureUnit.COUNT).orElseThrow());
  }

  @Test
  void withoutAPercentageTheCountIsTheHeadline() {
    Score s = Score.builder().units(NUMBER_AND_PERCENTAGE).count(8).build();
    assertEquals(FigureUnit.COUNT, s.unit());
  }

  @Test
  void aScoreWithoutUnitsOrWithTheWrongOnesIsRefusedWithTheListsAllowed() {
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> Score.builder().count(1).build());
    assertEquals("Score.units must be [COUNT], [PERCENT], [PERCENT, COUNT], [QUANTITY] or [CHANGE], headline first; "
        + "was []", none.getMessage());
    IllegalArgumentException average = assertThrows(IllegalArgumentException.class,
        () -> Score.builder().addUnits(FigureUnit.AVERAGE).count(1).build());
    assertTrue(average.getMessage().endsWith("was [AVERAGE]"), average.getMessage());
  }

  @Test
  void aChangeIsOnlyForAnIndicatorInChange() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Score.builder().addUnits(FigureUnit.COUNT).count(2).change(1L).build());
    assertEquals("Score.change is for an indicator in CHANGE only, the units were [COUNT]", e.getMessage());
  }

  @Test
  void aMissingArgumentIsNamedNotANullPointer() {
    IllegalArgumentException units = assertThrows(IllegalArgumentException.class, () -> Score.of(null, 1, 2));
    assertEquals("Score.units must not be null", units.getMessage());
    IllegalArgumentException percentage = assertThrows(IllegalArgumentException.class,
        () -> Score.of(NUMBER_AND_PERCENTAGE, Optional.of(1L), Optional.of(2L), null, Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    assertEquals("Score.percentage must not be null; use Optional.empty()", percentage.getMessage());
    IllegalArgumentException bound = assertThrows(IllegalArgumentException.class,
        () -> Score.builder().bound((org.ccmkit.indicators.data.Bound) null));
    assertEquals("Score.bound must not be null; use Optional.empty()", bound.getMessage());
    java.util.List<FigureUnit> withNull = new java.util.ArrayList<>();
    withNull.add(null);
    IllegalArgumentException element = assertThrows(IllegalArgumentException.class,
        () -> Score.builder().units(withNull).count(1).build());
    assertEquals("Score.units must not contain null, was [null]", element.getMessage());
  }

  /** A score made by the factory, by the builder and copied by the builder is one value: equal, equally hashed. */
  @Property(tries = 300)
  void theFactoryAndTheBuilderMakeEqualScores(@ForAll("countable") List<FigureUnit> units,
      @ForAll @IntRange(max = 200) int count, @ForAll @IntRange(max = 200) int more) {
    Score made = Score.of(units, count, count + more);
    Score built = Score.builder().units(units).count(count).denominator(count + more)
        .percentage(made.percentage()).build();
    Score copied = Score.builder().from(made).build();
    assertEquals(made, built);
    assertEquals(made.hashCode(), built.hashCode());
    assertEquals(made, copied);
    assertEquals(made.toString(), copied.toString());
    Score bounded = Score.builder().from(made).bound(org.ccmkit.indicators.data.Bound.AT_LEAST).build();
    assertTrue(!bounded.equals(made) && !bounded.isExact() && made.isExact(), bounded + " vs " + made);
    assertEquals(count + more == 0, made.percentage().isEmpty(), "a percentage exactly where the denominator > 0");
  }

  @Property(tries = 300)
  void aCountOfAPopulationIsHeadlinedInTheIndicatorsHeadlineUnit(@ForAll("countable") List<FigureUnit> units,
      @ForAll @IntRange(max = 200) int count, @ForAll @IntRange(min = 1, max = 200) int more) {
    Score s = Score.of(units, count, count + more);
    assertEquals(units, s.units());
    assertEquals(units.get(0), s.unit());
    assertEquals(s.in(units.get(0)).orElseThrow(), s.value());
  }

  @Provide
  Arbitrary<List<FigureUnit>> countable() {
    return Arbitraries.of(List.of(FigureUnit.COUNT), List.of(FigureUnit.PERCENT), NUMBER_AND_PERCENTAGE);
  }
}
