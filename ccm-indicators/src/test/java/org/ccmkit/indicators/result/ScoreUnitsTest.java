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
import net.jqwik.api.Tuple;
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

  /**
   * A score is made exactly when its attributes keep the rules the accessors state (the test's own reading of them),
   * and otherwise refused with an IllegalArgumentException: counts and proportions are read by a quick path, every
   * other score by the full checks, and the two must agree.
   */
  @Property(tries = 1000)
  void aScoreIsMadeExactlyWhenItKeepsTheRules(@ForAll("anyUnits") List<FigureUnit> units,
      @ForAll("counts") Optional<Long> count, @ForAll("denominators") Optional<Long> denominator,
      @ForAll("amounts") Optional<BigDecimal> percentage, @ForAll("amounts") Optional<BigDecimal> quantity,
      @ForAll("changes") Optional<Long> change) {
    boolean unitsOk = FigureUnit.INDICATOR_UNITS.contains(units);
    boolean carries = count.isPresent() || percentage.isPresent() || quantity.isPresent() || change.isPresent();
    boolean changeOk = change.isEmpty() || unitsOk && units.get(0) == FigureUnit.CHANGE;
    boolean countsOk = count.orElse(0L) >= 0 && denominator.orElse(0L) >= 0;
    boolean withinOk = count.isEmpty() || denominator.isEmpty() || !unitsOk || units.get(0) == FigureUnit.QUANTITY
        || count.get() <= denominator.get();
    boolean percentOk = percentage.isEmpty()
        || percentage.get().signum() >= 0 && percentage.get().compareTo(BigDecimal.valueOf(100)) <= 0;
    boolean quantityOk = quantity.isEmpty() || quantity.get().signum() >= 0;
    boolean valid = unitsOk && carries && changeOk && countsOk && withinOk && percentOk && quantityOk;
    net.jqwik.api.statistics.Statistics.label("valid").collect(valid);
    net.jqwik.api.statistics.Statistics.label("valid").coverage(c -> {
      c.check(true).percentage(p -> p > 10);
      c.check(false).percentage(p -> p > 10);
    });
    if (valid) {
      Score made = Score.of(units, count, denominator, percentage, quantity, change, Optional.empty(),
          Optional.empty(), Optional.empty());
      assertEquals(List.of(count, denominator, change), List.of(made.count(), made.denominator(), made.change()));
    } else {
      assertThrows(IllegalArgumentException.class, () -> Score.of(units, count, denominator, percentage, quantity,
          change, Optional.empty(), Optional.empty(), Optional.empty()));
    }
  }

  /** Mostly an indicator's units, sometimes any list of up to two units. */
  @Provide
  Arbitrary<List<FigureUnit>> anyUnits() {
    return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(FigureUnit.INDICATOR_UNITS).map(u -> (List<FigureUnit>) u)),
        Tuple.of(2, Arbitraries.of(FigureUnit.class).list().ofMaxSize(2)));
  }

  @Provide
  Arbitrary<Optional<Long>> counts() {
    return Arbitraries.longs().between(-3, 300).optional(0.8);
  }

  @Provide
  Arbitrary<Optional<Long>> denominators() {
    return Arbitraries.longs().between(-3, 900).optional(0.8);
  }

  @Provide
  Arbitrary<Optional<Long>> changes() {
    return Arbitraries.longs().between(-30, 30).optional(0.15);
  }

  @Provide
  Arbitrary<Optional<BigDecimal>> amounts() {
    return Arbitraries.bigDecimals().between(BigDecimal.valueOf(-5), BigDecimal.valueOf(150)).ofScale(2)
        .optional(0.4);
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
