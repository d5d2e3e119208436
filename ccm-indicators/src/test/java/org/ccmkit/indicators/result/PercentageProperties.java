package org.ccmkit.indicators.result;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * {@link Score#percentage} is 100·count/denominator to two places, rounded half up, exactly as the BigDecimal division
 * gives it (value and scale), whether it is computed in long arithmetic or, past where that could overflow, not.
 */
@StatisticsReport(onFailureOnly = true)
class PercentageProperties {

  private static BigDecimal byDivision(long count, long denominator) {
    return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(denominator),
        Score.PERCENT_SCALE, RoundingMode.HALF_UP);
  }

  /** A count of at most its denominator; small ones, halves and thirds, and some past the long path's limit. */
  @Provide
  Arbitrary<Tuple2<Long, Long>> counts() {
    Arbitrary<Long> denominators = Arbitraries.oneOf(Arbitraries.longs().between(1, 400),
        Arbitraries.longs().between(1, Long.MAX_VALUE / 4),
        Arbitraries.longs().between(Long.MAX_VALUE / 2 - 10, Long.MAX_VALUE));
    return denominators.flatMap(d -> Arbitraries.oneOf(Arbitraries.longs().between(0, d),
        Arbitraries.just(d / 2), Arbitraries.just(d / 3), Arbitraries.just(d / 8))
        .map(c -> Tuple.of(c, d)));
  }

  @Property
  void isTheRoundedDivision(@ForAll("counts") Tuple2<Long, Long> countAndDenominator) {
    long count = countAndDenominator.get1();
    long denominator = countAndDenominator.get2();
    Statistics.label("in long arithmetic").collect(count <= Long.MAX_VALUE / 10_000 && denominator <= Long.MAX_VALUE / 2);
    BigDecimal expected = byDivision(count, denominator);
    BigDecimal computed = Score.percentage(count, denominator);
    assertEquals(expected, computed, count + " of " + denominator);
    assertEquals(expected.scale(), computed.scale());
  }

  @Property
  void aNegativeCountIsDividedAsBefore(@ForAll("counts") Tuple2<Long, Long> countAndDenominator) {
    long count = -countAndDenominator.get1();
    long denominator = countAndDenominator.get2();
    Statistics.label("zero").collect(count == 0);
    assertEquals(byDivision(count, denominator), Score.percentage(count, denominator));
  }
}
