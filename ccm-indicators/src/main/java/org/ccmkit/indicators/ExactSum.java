package org.ccmkit.indicators;

import java.math.BigDecimal;

/**
 * An exact sum of numbers, as {@link BigDecimal#add} gives it term by term from zero, that adds the whole numbers of
 * fewer than 18 digits as a {@code long} rather than making a {@code BigDecimal} for each: a sum over a population
 * adds a number for each member. The value and the scale are those of adding every term with {@code BigDecimal.add}:
 * exact addition gives the same value in any order, and its scale is the greatest of the terms' and zero's.
 */
final class ExactSum {

  private long whole;
  private BigDecimal rest = BigDecimal.ZERO;

  /** Adds {@code n}. */
  void add(BigDecimal n) {
    if (n.scale() == 0 && n.signum() >= 0 && n.precision() < 18 && whole <= Long.MAX_VALUE - n.longValue()) {
      whole += n.longValue();
    } else {
      rest = rest.add(n);
    }
  }

  /** {@return the sum of the terms added, zero if none} */
  BigDecimal value() {
    return rest.add(BigDecimal.valueOf(whole));
  }
}
