package org.ccmkit.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * {@link ExactSum} gives what {@link BigDecimal#add} gives term by term from zero, value and scale alike ({@code
 * BigDecimal.equals} compares both), whichever terms it adds as a {@code long}.
 */
@StatisticsReport(onFailureOnly = true)
class ExactSumProperties {

  /**
   * Terms of each kind the sum treats apart: small whole numbers, whole numbers of 17 digits (of which 93 overflow
   * a long), whole numbers of 18 digits and more, negative ones, and numbers with decimals.
   */
  @Provide
  Arbitrary<List<BigDecimal>> terms() {
    Arbitrary<BigDecimal> small = Arbitraries.longs().between(0, 999).map(BigDecimal::valueOf);
    Arbitrary<BigDecimal> digits17 = Arbitraries.longs().between(99_000_000_000_000_000L, 99_999_999_999_999_999L)
        .map(BigDecimal::valueOf);
    Arbitrary<BigDecimal> digits18 = Arbitraries.longs().between(100_000_000_000_000_000L, Long.MAX_VALUE)
        .map(BigDecimal::valueOf);
    Arbitrary<BigDecimal> huge = Arbitraries.bigIntegers().between(BigInteger.TEN.pow(19), BigInteger.TEN.pow(25))
        .map(BigDecimal::new);
    Arbitrary<BigDecimal> negative = Arbitraries.longs().between(-999, -1).map(BigDecimal::valueOf);
    Arbitrary<BigDecimal> decimal = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.valueOf(1000))
        .ofScale(2);
    Arbitrary<BigDecimal> wholeWithScale = Arbitraries.longs().between(0, 99).map(n -> BigDecimal.valueOf(n * 10, 1));
    Arbitrary<List<BigDecimal>> mixed = Arbitraries.frequencyOf(Tuple.of(6, small), Tuple.of(1, digits18),
        Tuple.of(1, huge), Tuple.of(1, negative), Tuple.of(2, decimal), Tuple.of(1, wholeWithScale)).list()
        .ofMaxSize(12);
    Arbitrary<List<BigDecimal>> many17 = Arbitraries.frequencyOf(Tuple.of(20, digits17), Tuple.of(1, decimal)).list()
        .ofMinSize(80).ofMaxSize(110);
    return Arbitraries.oneOf(mixed, many17);
  }

  @Property
  void theSumIsBigDecimalAdditionFromZero(@ForAll("terms") List<BigDecimal> terms) {
    ExactSum sum = new ExactSum();
    BigDecimal expected = BigDecimal.ZERO;
    for (BigDecimal t : terms) {
      sum.add(t);
      expected = expected.add(t);
    }
    Statistics.label("has a term that is no long of under 18 digits").collect(terms.stream()
        .anyMatch(t -> t.scale() != 0 || t.signum() < 0 || t.precision() >= 18));
    Statistics.label("its whole terms of under 18 digits overflow a long").collect(terms.stream()
        .filter(t -> t.scale() == 0 && t.signum() >= 0 && t.precision() < 18).map(BigDecimal::toBigInteger)
        .reduce(BigInteger.ZERO, BigInteger::add).bitLength() > 63);
    Statistics.label("scale of the sum").collect(expected.scale());
    Statistics.label("has a term that is no long of under 18 digits")
        .coverage(c -> c.check(true).count(n -> n > 100));
    Statistics.label("its whole terms of under 18 digits overflow a long")
        .coverage(c -> c.check(true).count(n -> n > 20));
    Statistics.label("scale of the sum").coverage(c -> {
      c.check(0).count(n -> n > 50);
      c.check(2).count(n -> n > 50);
    });
    assertEquals(expected, sum.value(), () -> "the sum of " + terms);
  }

  @Example
  void noTermIsZeroOfScaleZero() {
    assertEquals(BigDecimal.ZERO, new ExactSum().value());
  }

  @Example
  void aWholeNumberOfOneDecimalKeepsItsScale() {
    ExactSum sum = new ExactSum();
    sum.add(BigDecimal.valueOf(3));
    sum.add(new BigDecimal("2.0"));
    assertEquals(new BigDecimal("5.0"), sum.value());
  }
}
